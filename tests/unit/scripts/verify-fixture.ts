/**
 * A small content tree with records of different ages, and helpers to export its due sheet
 * and fill it in as a checker would.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadContent } from '../../../scripts/content/load-content';
import { dueRows } from '../../../scripts/verify/due-list';
import { DUE_SHEET, dueWorkbook, HEADERS } from '../../../scripts/verify/due-sheet';
import { validFixture, writeFixture } from '../../helpers/content-fixture';

/** The fixture plus a Nepal hotline last checked in January, so it falls due first. */
export function verifyRoot(): string {
  const f = validFixture();
  f.services.push({
    ...f.services[0]!,
    id: 'np-police-hotline',
    organisation: { name: 'Nepal Police', type: 'government' },
    categories: ['hotline'],
    country: 'NP',
    phones: [{ number: '1177', kind: 'hotline', reach: 'in-country' }],
    website: undefined,
    timezone: 'Asia/Kathmandu',
    serves: { genders: ['any'], nationalities: 'all', statuses: [] },
    status: 'unverified',
    sources: ['F011'],
    lastVerified: '2026-01-10',
  });
  (f.text.en!.services as Record<string, unknown>)['np-police-hotline'] = { name: 'Nepal Police hotline', description: 'Anti-trafficking.' };
  f.risks[0]!.lastVerified = '2026-06-01';
  return writeFixture(f);
}

export function contentOf(root: string) {
  const { content, errors } = loadContent(root);
  expect(errors).toEqual([]);
  return content;
}

/** Writes the due sheet for `root` and returns its path. */
export async function exportDue(root: string, months = 12): Promise<string> {
  const path = join(root, 'due.xlsx');
  writeFileSync(path, await dueWorkbook(dueRows(contentOf(root), { months }), months));
  return path;
}

export interface Fill {
  id: string;
  /** Only rows with this check; every row of the record when absent. */
  check?: string;
  checkedOn?: string;
  result?: string;
  note?: string;
  /** Overwrites the "phone or URL" cell, as a careless checker might. */
  value?: string;
}

/** Fills in rows of an exported due sheet, as a checker would in Excel. */
export async function fill(path: string, fills: Fill[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(DUE_SHEET)!;
  const header = (ws.getRow(1).values as string[]).map((v) => String(v ?? ''));
  const col = (name: string) => header.indexOf(name);
  ws.eachRow((row, n) => {
    if (n === 1) return;
    for (const f of fills) {
      if (row.getCell(col(HEADERS.id)).text !== f.id) continue;
      if (f.check && row.getCell(col(HEADERS.check)).text !== f.check) continue;
      if (f.checkedOn !== undefined) row.getCell(col(HEADERS.checkedOn)).value = f.checkedOn;
      if (f.result !== undefined) row.getCell(col(HEADERS.result)).value = f.result;
      if (f.note !== undefined) row.getCell(col(HEADERS.note)).value = f.note;
      if (f.value !== undefined) row.getCell(col(HEADERS.value)).value = f.value;
    }
  });
  await wb.xlsx.writeFile(path);
}

/** The rows of the due sheet as header → text records. */
export async function readDue(path: string): Promise<Record<string, string>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(DUE_SHEET)!;
  const header = (ws.getRow(1).values as string[]).map((v) => String(v ?? ''));
  const rows: Record<string, string>[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i).text]).filter(([h]) => h)));
  });
  return rows;
}
