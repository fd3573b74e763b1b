/**
 * The export: the directory as an editable workbook, a CSV, or HSDS 3 JSON for exchange.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatCsv } from './csv';
import { readDirectory } from './directory-files';
import { toHsds } from './hsds';
import { directoryRows } from './rows';
import { writeFilesAtomically } from '../write-atomically';
import { xlsxBuffer } from './xlsx-write';

export const FORMATS = ['xlsx', 'csv', 'hsds'] as const;
export type Format = (typeof FORMATS)[number];

export interface ExportOptions {
  format: Format;
  out: string;
  root: string;
}

export async function exportBody(format: Format, root: string): Promise<{ body: string | Buffer; services: number; countries: number }> {
  const dir = readDirectory(root);
  const countries = new Set(dir.services.map((s) => s.country)).size;
  const services = dir.services.length;
  if (format === 'hsds') return { body: `${JSON.stringify(toHsds(dir), null, 2)}\n`, services, countries };
  const { header, rows } = directoryRows(dir);
  const body = format === 'csv' ? formatCsv([header, ...rows]) : await xlsxBuffer(rows);
  return { body, services, countries };
}

export async function runExport(opts: ExportOptions): Promise<string[]> {
  const { body, services, countries } = await exportBody(opts.format, opts.root);
  mkdirSync(dirname(opts.out), { recursive: true });
  // Through a temporary file, so a reader never opens a half-written workbook.
  writeFilesAtomically([{ path: opts.out, body }]);
  return [`Wrote ${services} services in ${countries} countries to ${opts.out} (${opts.format}).`];
}
