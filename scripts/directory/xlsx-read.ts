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
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('error' in value) return { text: String(value.error), kind: 'text' };
  return { text: '', kind: 'text' };
}

const clean = (c: Cell): Cell => ({ ...c, text: c.text.replace(/\r\n?/g, '\n').trim() });

function rowOf(row: ExcelJS.Row): SheetRow {
  const cells: Cell[] = [];
  for (let i = 1; i <= row.cellCount; i++) cells.push(clean(cellOf(row.getCell(i).value)));
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
