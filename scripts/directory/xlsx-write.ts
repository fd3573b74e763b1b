/**
 * Writes the practitioner workbook: a "Read me" sheet that documents every column from the
 * column table, and a "Services" sheet with one service per row.
 */
import ExcelJS from 'exceljs';
import { COLUMNS } from './columns';
import { SERVICES_SHEET } from './xlsx-read';

/** Rows below the data that still get drop-downs, so new services can be added with them. */
const SPARE_ROWS = 300;
/** Excel refuses an inline list longer than this. */
const INLINE_LIST_LIMIT = 255;
const TEXT = '@';

function readMe(wb: ExcelJS.Workbook, count: number) {
  const ws = wb.addWorksheet('Read me');
  ws.columns = [{ width: 24 }, { width: 70 }, { width: 10 }, { width: 70 }];
  const wrap = { wrapText: true, vertical: 'top' } as const;
  const title = ws.addRow(['SafeRoute service directory']);
  title.font = { bold: true, size: 16 };
  const lines = [
    `This workbook holds ${count} services, one per row, on the "${SERVICES_SHEET}" sheet.`,
    'To edit: change cells on the Services sheet. Keep the header row as it is. Keep one service per row; add a service as a new row with a new id; delete a row to remove a service.',
    'Every cell is stored as text on purpose: keep it so, or Excel drops the leading 0 or + of phone numbers and turns dates into numbers. For the same reason, edit this workbook rather than a CSV opened in Excel.',
    'Lists inside one cell are separated by "; " (semicolon and space). Text columns are English; translations are kept elsewhere and are flagged for review when the English changes.',
    'Every phone number and website must appear in one of the sources named in the row; a row citing an unconfirmed source must have status unverified.',
    'To bring the changes back: npm run directory:import -- FILE.xlsx --dry-run   (check only), then the same without --dry-run.',
    'The import checks every row and lists every problem as "row N, column NAME: what is wrong; allowed: …". If there is any problem it changes nothing.',
  ];
  for (const line of lines) {
    const row = ws.addRow([line]);
    row.alignment = wrap;
    // Excel does not grow a merged cell to fit wrapped text, so the height is set here.
    row.height = 15 * Math.ceil(line.length / 120);
    ws.mergeCells(row.number, 1, row.number, 4);
  }
  ws.addRow([]);
  const head = ws.addRow(['Column', 'Meaning', 'Required', 'Allowed values']);
  head.font = { bold: true };
  for (const c of COLUMNS) {
    ws.addRow([c.name, c.description, c.required ? 'yes' : 'no', c.allowed]).alignment = wrap;
  }
}

function services(wb: ExcelJS.Workbook, rows: readonly (readonly string[])[]) {
  const ws = wb.addWorksheet(SERVICES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ width: c.width, style: { numFmt: TEXT } }));
  const header = ws.addRow(COLUMNS.map((c) => c.name));
  header.font = { bold: true };
  for (const values of rows) {
    const row = ws.addRow([...values]);
    // A cell written as a string is stored as a string; the text format keeps it so when edited.
    row.eachCell({ includeEmpty: true }, (cell) => (cell.numFmt = TEXT));
  }
  const last = rows.length + 1 + SPARE_ROWS;
  // One validation per column range. Setting it cell by cell makes exceljs merge the cells into
  // overlapping ranges (it sorts A10 before A2), which Excel reports as a damaged file.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  COLUMNS.forEach((c, i) => {
    if (!c.list) return;
    const formula = `"${c.list.join(',')}"`;
    if (formula.length > INLINE_LIST_LIMIT) throw new Error(`The drop-down list for ${c.name} is too long for Excel`);
    const letter = ws.getColumn(i + 1).letter;
    validations.add(`${letter}2:${letter}${last}`, {
      type: 'list',
      allowBlank: !c.required,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: c.name.slice(0, 32),
      error: `Allowed: ${c.allowed}`.slice(0, 225),
    });
  });
}

export async function xlsxBuffer(rows: readonly (readonly string[])[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SafeRoute';
  readMe(wb, rows.length);
  services(wb, rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
