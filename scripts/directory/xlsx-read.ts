/**
 * Reads the services sheet of an .xlsx workbook into plain cells, keeping what kind of value
 * Excel stored (a phone stored as a number has lost its leading 0 or +).
 */
import ExcelJS from 'exceljs';
import { dateCellText, type Cell, type Sheet, type SheetRow } from './values';

export const SERVICES_SHEET = 'Services';

export class XlsxError extends Error {}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return { text: '', kind: 'text' };
  if (typeof value === 'string') return { text: value, kind: 'text' };
  if (typeof value === 'number') return { text: String(value), kind: 'number' };
  if (typeof value === 'boolean') return { text: String(value), kind: 'boolean' };
  if (value instanceof Date) return { text: dateCellText(value), kind: 'date' };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join(''), kind: 'text' };
  // Excel turns a typed URL or email into a hyperlink; what counts is the text shown.
  if ('hyperlink' in value) return cellOf(typeof value.text === 'string' ? value.text : (value.text as ExcelJS.CellValue));
  if ('formula' in value || 'sharedFormula' in value) {
    const f = value as ExcelJS.CellFormulaValue;
    const formula = String(f.formula ?? (value as { sharedFormula?: string }).sharedFormula ?? '');
    // =HYPERLINK("https://…","SLBFE") keeps only its label as the value: the address would be lost.
    if (/^\s*HYPERLINK\s*\(/i.test(formula)) return { text: '', kind: 'text', problem: `a HYPERLINK formula (=${formula.slice(0, 60)}): type the address itself into the cell` };
    if (f.result === undefined || f.result === null || (typeof f.result === 'object' && 'error' in f.result)) {
      return { text: '', kind: 'text', problem: `a formula with no saved value (=${formula.slice(0, 60)}): type the value itself, or open and save the file in Excel` };
    }
    return cellOf(f.result as ExcelJS.CellValue);
  }
  if ('error' in value) return { text: String(value.error), kind: 'text' };
  return { text: '', kind: 'text' };
}

const clean = (c: Cell): Cell => ({ ...c, text: c.text.replace(/\r\n?/g, '\n').trim() });

function rowOf(row: ExcelJS.Row): SheetRow {
  const cells: Cell[] = [];
  for (let i = 1; i <= row.cellCount; i++) {
    const cell = row.getCell(i);
    const read = clean(cellOf(cell.value));
    // A merged range repeats one value into every cell it covers: a service silently moves
    // country or a description becomes the name. Each cell must hold its own value.
    if (cell.isMerged) read.problem = `part of merged cells (${cell.master.address}…): unmerge them and type each cell's own value`;
    cells.push(read);
  }
  return { number: row.number, cells };
}

const hasIdHeader = (ws: ExcelJS.Worksheet) => {
  const first = ws.getRow(1);
  for (let i = 1; i <= first.cellCount; i++) {
    if (cellOf(first.getCell(i).value).text.trim().toLowerCase() === 'id') return true;
  }
  return false;
};

export async function readXlsxSheet(path: string): Promise<Sheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (err) {
    throw new XlsxError(`not a readable .xlsx workbook (${(err as Error).message})`);
  }
  const ws = wb.getWorksheet(SERVICES_SHEET) ?? wb.worksheets.find(hasIdHeader);
  if (!ws) throw new XlsxError(`no sheet named "${SERVICES_SHEET}" and no sheet whose row 1 has an "id" header`);
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    if (row.number > 1) rows.push(rowOf(row));
  });
  return { header: rowOf(ws.getRow(1)), rows };
}
