import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBody } from '../../../../scripts/directory/export';
import { runImport } from '../../../../scripts/directory/import';
import { listBackups, restore } from '../../../../scripts/directory/backups';
import { FILES, importTable, loadWorkbook, problemLines, readText, Table, tempRoot, writeFile } from './fixture';

/** Every file an import could touch, to prove a refused import changed none of them. */
const snapshot = (root: string) => Object.values(FILES).map((rel) => readText(root, rel)).join('\u0000') + readText(root, 'locales/si/services.json');

async function xlsxWith(root: string, edit: (ws: ExcelJS.Worksheet, col: (name: string) => number) => void): Promise<string> {
  const wb = await loadWorkbook((await exportBody('xlsx', root)).body);
  const ws = wb.getWorksheet('Services')!;
  const header = ws.getRow(1).values as string[];
  edit(ws, (name) => header.indexOf(name));
  return writeFile(root, 'edited.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
}

describe('an import that cannot destroy', () => {
  it('refuses a file that would delete most of the directory, lists what, and writes nothing', async () => {
    const root = tempRoot();
    const before = snapshot(root);
    const table = await Table.of(root);
    table.rows = table.rows.slice(0, 2);
    const result = await importTable(root, table);
    expect(result.ok).toBe(false);
    expect(result.lines.join('\n')).toMatch(/would remove 120 of 121 services/);
    expect(result.lines.at(-1)).toMatch(/--allow-removals\. Nothing was changed\./);
    expect(snapshot(root)).toBe(before);
  });

  it('refuses to move a service to another country without --allow-removals', async () => {
    const root = tempRoot();
    const before = snapshot(root);
    const table = await Table.of(root);
    const row = table.find((get) => get('country') === 'AU');
    table.set(row, 'country', 'AE');
    const result = await importTable(root, table);
    expect(result.ok).toBe(false);
    expect(result.lines.join('\n')).toMatch(/would move 1 service\(s\) to another country: au-/);
    expect(snapshot(root)).toBe(before);
  });

  it('with --allow-removals it does exactly what it says, keeps the old files, and one command restores them', async () => {
    const root = tempRoot();
    const before = snapshot(root);
    const table = await Table.of(root);
    table.rows = table.rows.slice(0, 2);
    const file = writeFile(root, 'one.csv', (await import('../../../../scripts/directory/csv')).formatCsv(table.rows));
    const result = await runImport({ file, root, dryRun: false, allowRemovals: true });
    expect(result.ok).toBe(true);
    expect((JSON.parse(readText(root, FILES.services)) as unknown[]).length).toBe(1);
    const [stamp] = listBackups(root);
    expect(readFileSync(join(root, '.backups/directory', stamp!, 'summary.txt'), 'utf8')).toMatch(/Removed 120/);
    restore(root, stamp!);
    expect(snapshot(root)).toBe(before);
  });

  it('merged cells are refused at their row and column, not spread into the cells they cover', async () => {
    const root = tempRoot();
    const before = snapshot(root);
    const file = await xlsxWith(root, (ws, col) => {
      const c = col('country');
      ws.mergeCells(3, c, 5, c);
    });
    const result = await runImport({ file, root, dryRun: false });
    expect(result.ok).toBe(false);
    const lines = problemLines(result);
    for (const row of [3, 4, 5]) expect(lines.some((l) => l.startsWith(`row ${row}, column country: part of merged cells`))).toBe(true);
    expect(snapshot(root)).toBe(before);
  });

  it('a formula with no saved value and a HYPERLINK formula are refused, never read as blank or as their label', async () => {
    const root = tempRoot();
    const before = snapshot(root);
    const file = await xlsxWith(root, (ws, col) => {
      ws.getRow(2).getCell(col('website')).value = { formula: 'A1&"x"' } as ExcelJS.CellFormulaValue;
      ws.getRow(3).getCell(col('website')).value = { formula: 'HYPERLINK("https://www.slbfe.lk","SLBFE")', result: 'SLBFE' } as ExcelJS.CellFormulaValue;
    });
    const result = await runImport({ file, root, dryRun: false });
    const lines = problemLines(result);
    expect(lines.some((l) => l.startsWith('row 2, column website: a formula with no saved value'))).toBe(true);
    expect(lines.some((l) => l.startsWith('row 3, column website: a HYPERLINK formula'))).toBe(true);
    expect(snapshot(root)).toBe(before);
  });

  for (const [name, column, value, message] of [
    ['a right-to-left override that makes 9891 look like 1989', 'name', 'SLBFE \u202E9891\u202C', /direction control character/],
    ['a user name before the host of a URL', 'website', 'https://evil.example@www.slbfe.lk/', /without a user name/],
    ['an http:// website', 'website', 'http://www.slbfe.lk/', /https:\/\//],
    ['a verification date in the future', 'last_verified', '2099-01-01', /in the future/],
    ['a verification date in the far past', 'last_verified', '1999-01-01', /before 2015/],
    ['a time zone that does not exist', 'timezone', 'Asia/Colmbo', /not an IANA time zone/],
  ] as const) {
    it(`refuses ${name}, naming its row and column`, async () => {
      const root = tempRoot();
      const before = snapshot(root);
      const table = await Table.of(root);
      table.set(4, column, value);
      const lines = problemLines(await importTable(root, table));
      expect(lines.find((l) => l.startsWith(`row 4, column ${column}: `))).toMatch(message);
      expect(snapshot(root)).toBe(before);
    });
  }
});
