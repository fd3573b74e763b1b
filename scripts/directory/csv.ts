/**
 * RFC 4180 CSV, small enough to read in one sitting. Written for spreadsheet programs:
 * UTF-8 with a BOM (without it Excel guesses a legacy code page and mangles non-Latin
 * scripts) and CRLF line ends.
 */
import { textCell, type Sheet, type SheetRow } from './values';

const BOM = '\uFEFF';

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe, as OWASP advises against CSV injection. Reading strips exactly that apostrophe,
 * so "+94 11 2338812" survives the round trip with its plus.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutralise = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);
export const unneutralise = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((r) => r.map((c) => quote(neutralise(c))).join(',')).join('\r\n') + '\r\n';
}

export class CsvError extends Error {}

/**
 * Parses CSV text into records. Each record keeps the row number a spreadsheet shows, which
 * is its record count, not its line count: a quoted cell may span lines.
 */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    record.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      // Spaces before an opening quote are noise from hand-edited files, not cell content.
      cell = '';
      quoted = true;
    } else if (ch === ',') {
      endCell();
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      cell += ch;
    }
    i++;
  }
  if (quoted) throw new CsvError(`a quoted cell on row ${records.length + 1} is never closed`);
  if (cell !== '' || record.length) endRecord();
  return records;
}

/** Decodes the file strictly: a CSV saved in a legacy code page must not import as mojibake. */
export function readCsvSheet(bytes: Uint8Array): Sheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CsvError('the file is not UTF-8: save it as "CSV UTF-8 (comma delimited)"');
  }
  const records = parseCsv(text);
  // Line breaks inside cells arrive as CRLF from Windows; the data keeps plain \n.
  const rows: SheetRow[] = records.map((r, i) => ({ number: i + 1, cells: r.map((c) => textCell(unneutralise(c.replace(/\r\n?/g, '\n').trim()))) }));
  const [header, ...rest] = rows;
  if (!header) throw new CsvError('the file is empty');
  return { header, rows: rest };
}
