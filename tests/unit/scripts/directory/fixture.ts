/**
 * A temporary project root holding a copy of the real directory, and helpers to export it,
 * damage one cell and import it again.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { exportBody } from '../../../../scripts/directory/export';
import { formatCsv, parseCsv } from '../../../../scripts/directory/csv';
import { runImport, type ImportResult } from '../../../../scripts/directory/import';

export const REPO = fileURLToPath(new URL('../../../..', import.meta.url));
export const FILES = {
  services: 'src/content/data/services.json',
  sources: 'src/content/data/sources.json',
  english: 'locales/en/services.json',
} as const;

const roots: string[] = [];
// Evaluated once per test file, so each file removes the roots it made.
afterAll(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A root with the real services, sources and English text; `si` holds two stand-in translations. */
export function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'saferoute-directory-'));
  roots.push(root);
  for (const rel of Object.values(FILES)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    copyFileSync(join(REPO, rel), join(root, rel));
  }
  const ids = Object.keys(readJson(root, FILES.english) as object).slice(0, 2);
  mkdirSync(join(root, 'locales/si'), { recursive: true });
  writeFileSync(
    join(root, 'locales/si/services.json'),
    `${JSON.stringify(Object.fromEntries(ids.map((id) => [id, { name: `si name ${id}`, description: `si description ${id}` }])), null, 2)}\n`,
  );
  return root;
}

export const readJson = (root: string, rel: string): unknown => JSON.parse(readFileSync(join(root, rel), 'utf8'));
export const readText = (root: string, rel: string): string => readFileSync(join(root, rel), 'utf8');

/** The directory as the CSV export writes it: header first. */
export class Table {
  constructor(public rows: string[][]) {}

  static async of(root: string): Promise<Table> {
    const { body } = await exportBody('csv', root);
    return new Table(parseCsv(String(body)));
  }

  get header(): string[] {
    return this.rows[0]!;
  }

  col(name: string): number {
    const i = this.header.indexOf(name);
    if (i < 0) throw new Error(`no column ${name}`);
    return i;
  }

  /** The spreadsheet row number (header = 1) of the first row matching. */
  find(match: (get: (column: string) => string) => boolean): number {
    const i = this.rows.findIndex((r, n) => n > 0 && match((c) => r[this.col(c)]!));
    if (i < 0) throw new Error('no row matches');
    return i + 1;
  }

  get(row: number, column: string): string {
    return this.rows[row - 1]![this.col(column)]!;
  }

  set(row: number, column: string, value: string): this {
    this.rows[row - 1]![this.col(column)] = value;
    return this;
  }

  csv(): string {
    return formatCsv(this.rows);
  }
}

export function writeFile(root: string, name: string, body: string | Uint8Array): string {
  const path = join(root, name);
  writeFileSync(path, body);
  return path;
}

export async function importTable(root: string, table: Table, dryRun = false): Promise<ImportResult> {
  return runImport({ file: writeFile(root, 'edited.csv', table.csv()), root, dryRun });
}

/** The problem lines of a failed import (the last line is the count). */
export const problemLines = (r: ImportResult) => r.lines.filter((l) => l.startsWith('row '));

/** exceljs types its buffer as a merged Buffer/ArrayBuffer that a Node Buffer does not satisfy. */
export async function loadWorkbook(body: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return wb;
}
