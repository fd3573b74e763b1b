/**
 * The due list as an Excel workbook: a "Read me" sheet and a "Due" sheet whose last three
 * columns the checker fills in. Every cell is written as text in a text-formatted column, as
 * the directory workbook does, so a number such as +94… stays a string and nothing that
 * starts with "=" is ever stored as a formula.
 */
import ExcelJS from 'exceljs';
import type { DueRow } from './due-list';

export const DUE_SHEET = 'Due';
export const RESULTS = ['ok', 'changed', 'unreachable'] as const;
export type Result = (typeof RESULTS)[number];

/** Header cells; the import finds its columns by these, so they must stay distinct. */
export const HEADERS = {
  type: 'record type',
  id: 'id',
  name: 'name',
  country: 'country',
  check: 'check',
  value: 'phone or URL',
  sourceLinks: 'source URL',
  lastVerified: 'last verified',
  due: 'due',
  checkedOn: 'checked on (YYYY-MM-DD)',
  result: 'result (ok/changed/unreachable)',
  note: 'checker note',
} as const;

const WIDTHS: Record<keyof typeof HEADERS, number> = {
  type: 10,
  id: 30,
  name: 36,
  country: 10,
  check: 9,
  value: 34,
  sourceLinks: 50,
  lastVerified: 13,
  due: 12,
  checkedOn: 15,
  result: 17,
  note: 40,
};

const TEXT = '@';
/** Rows below the data whose result cell still offers the drop-down. */
const SPARE_ROWS = 50;

const README = [
  'Each row is one thing to check again: a phone number, a website, an e-mail address, or a record\'s other claims (hours, steps, fees, warning signs) against its sources. Rows are ordered by due date, soonest first.',
  'Call the number or open the address, and compare it with the source in "source URL". Then fill in the last three columns:',
  'checked on (YYYY-MM-DD): the day you checked, for example 2027-01-15. Not a future day.',
  'result: ok (it works and matches the source), changed (the source or the service now says something else: write what in the note), or unreachable (no answer, site down).',
  'checker note: anything an editor should know. Do not change the number or URL cells: write the new one in the note.',
  'To bring the dates back: npm run verify:import -- FILE.xlsx   A record\'s "last verified" date moves only when every one of its rows is ok; changed and unreachable rows are listed for an editor and change nothing.',
];

function readMe(wb: ExcelJS.Workbook, count: number, months: number) {
  const ws = wb.addWorksheet('Read me');
  ws.columns = [{ width: 110 }];
  ws.addRow(['SafeRoute: what is due for re-checking']).font = { bold: true, size: 16 };
  const lines = [`${count} rows on the "${DUE_SHEET}" sheet. A record is due ${months} months after it was last verified.`, ...README];
  for (const line of lines) {
    const row = ws.addRow([line]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = 15 * Math.ceil(line.length / 105);
  }
}

function dueSheet(wb: ExcelJS.Workbook, rows: readonly DueRow[]) {
  const ws = wb.addWorksheet(DUE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const keys = Object.keys(HEADERS) as (keyof typeof HEADERS)[];
  ws.columns = keys.map((k) => ({ width: WIDTHS[k], style: { numFmt: TEXT } }));
  ws.addRow(keys.map((k) => HEADERS[k])).font = { bold: true };
  for (const r of rows) {
    const values: Record<keyof typeof HEADERS, string> = { ...r, checkedOn: '', result: '', note: '' };
    const row = ws.addRow(keys.map((k) => values[k]));
    row.alignment = { wrapText: true, vertical: 'top' };
    row.eachCell({ includeEmpty: true }, (cell) => (cell.numFmt = TEXT));
  }
  const letter = ws.getColumn(keys.indexOf('result') + 1).letter;
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  validations.add(`${letter}2:${letter}${rows.length + 1 + SPARE_ROWS}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${RESULTS.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'result',
    error: `Allowed: ${RESULTS.join(', ')}`,
  });
}

export async function dueWorkbook(rows: readonly DueRow[], months: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SafeRoute';
  readMe(wb, rows.length, months);
  dueSheet(wb, rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
