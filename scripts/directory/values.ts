/**
 * How one spreadsheet cell is read and written: the cell model shared by the CSV and xlsx
 * readers, and the small formats used inside cells (lists, hours, dates).
 */
import { DAYS } from '../../src/content/model';

/**
 * What kind of value the spreadsheet program stored. CSV cells are always text; xlsx cells
 * can arrive as numbers or dates, which matters: a phone typed as a number has lost its
 * leading 0 or +, while a real date cell is fine once converted to YYYY-MM-DD.
 */
export type CellKind = 'text' | 'number' | 'date' | 'boolean';

export interface Cell {
  text: string;
  kind: CellKind;
  /** Why the cell cannot be trusted as typed (merged, a formula), reported at its row and column. */
  problem?: string;
}

export interface SheetRow {
  /** The row number a spreadsheet program shows (header = 1). */
  number: number;
  cells: Cell[];
}

export interface Sheet {
  header: SheetRow;
  rows: SheetRow[];
}

export const textCell = (text: string): Cell => ({ text, kind: 'text' });

export const LIST_SEPARATOR = '; ';

/** Splits "a; b;c" into ["a","b","c"]; editors are loose about the space after ";". */
export function splitList(text: string): string[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

export const joinList = (values: readonly string[]) => values.join(LIST_SEPARATOR);

export interface Hours {
  days: (typeof DAYS)[number][];
  opens: string;
  closes: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function formatHours(hours: readonly Hours[]): string {
  return joinList(hours.map((h) => `${h.days.join(',')} ${h.opens}-${h.closes}`));
}

/** Parses "mo,tu 09:00-17:00; sa 09:00-12:00"; returns what is wrong instead of throwing. */
export function parseHours(text: string): { hours: Hours[] } | { error: string } {
  const hours: Hours[] = [];
  for (const group of splitList(text)) {
    const m = /^(\S+(?:\s*,\s*\S+)*)\s+(\S+)\s*-\s*(\S+)$/.exec(group);
    if (!m) return { error: `"${group}" is not days followed by HH:MM-HH:MM` };
    const days = m[1]!.split(',').map((d) => d.trim());
    for (const day of days) {
      if (!(DAYS as readonly string[]).includes(day)) return { error: `"${day}" is not a day code` };
    }
    if (new Set(days).size !== days.length) return { error: `"${group}" names a day twice` };
    for (const time of [m[2]!, m[3]!]) {
      if (!TIME.test(time)) return { error: `"${time}" is not a 24-hour time HH:MM` };
    }
    hours.push({ days: days as Hours['days'], opens: m[2]!, closes: m[3]! });
  }
  return { hours };
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Excel stores a date as a day count; exceljs hands it over as a UTC midnight Date. */
export function dateCellText(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Spreadsheet column letters (1 → A, 27 → AA), for problems in columns that have no name. */
export function columnLetter(index1: number): string {
  let n = index1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
