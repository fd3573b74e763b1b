import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBody } from '../../../../scripts/directory/export';
import { runImport } from '../../../../scripts/directory/import';
import { FILES, loadWorkbook, readJson, Table, tempRoot, writeFile } from './fixture';

async function importFile(root: string, name: string, body: string | Uint8Array, dryRun = false) {
  return runImport({ file: writeFile(root, name, body), root, dryRun });
}

/** Imports into a fresh copy and returns what the directory then holds. */
async function importedData(name: string, body: (t: Table) => string | Uint8Array) {
  const root = tempRoot();
  const result = await importFile(root, name, body(await Table.of(root)));
  expect(result.lines.filter((l) => l.startsWith('row '))).toEqual([]);
  expect(result.ok).toBe(true);
  return { services: readJson(root, FILES.services), text: readJson(root, FILES.english) };
}

describe('harmless noise is accepted and gives the same data', () => {
  it('CSV with BOM and CRLF, and CSV with neither', async () => {
    const original = await importedData('a.csv', (t) => t.csv());
    expect(original.services).toEqual(readJson(tempRoot(), FILES.services));
    const plain = await importedData('b.csv', (t) => t.csv().replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
    expect(plain).toEqual(original);
  });

  it('blank rows, stray spaces around values and headers, header case, trailing empty columns', async () => {
    const original = await importedData('a.csv', (t) => t.csv());
    const noisy = await importedData('noisy.csv', (t) => {
      const rows = t.rows.map((r, i) => r.map((c) => (i === 0 ? `  ${c.toUpperCase()} ` : c ? ` ${c}  ` : c)).concat(['', '']));
      rows.splice(3, 0, rows[0]!.map(() => ''));
      rows.splice(10, 0, []);
      rows.push(['', '', ''], []);
      return new Table(rows).csv();
    });
    expect(noisy).toEqual(original);
  });

  it('letter case in codes and spacing inside phone numbers, as people type them', async () => {
    const original = await importedData('a.csv', (t) => t.csv());
    const typed = await importedData('typed.csv', (t) => {
      const h = t.rows[0]!;
      const rows = t.rows.map((r, i) => {
        if (i === 0) return r;
        const row = [...r];
        const at = (name: string) => h.indexOf(name);
        row[at('country')] = row[at('country')]!.toLowerCase();
        row[at('status')] = row[at('status')]!.toUpperCase();
        row[at('category_1')] = row[at('category_1')]!.replace(/^./, (c) => c.toUpperCase());
        const phone = row[at('phone_1')]!;
        if (phone.length > 6) row[at('phone_1')] = `${phone.slice(0, 3)} ${phone.slice(3, 6)}-${phone.slice(6)}`;
        return row;
      });
      return new Table(rows).csv();
    });
    expect(typed).toEqual(original);
  });

  it('row numbers count blank rows, as a spreadsheet shows them', async () => {
    const root = tempRoot();
    const table = await Table.of(root);
    table.set(5, 'status', 'nope');
    table.rows.splice(2, 0, table.header.map(() => ''));
    const result = await importFile(root, 'gap.csv', table.csv());
    expect(result.lines[0]).toMatch(/^row 6, column status: "nope" is not an allowed value/);
  });

  it('a line break inside a quoted cell does not shift later row numbers', async () => {
    const root = tempRoot();
    const table = await Table.of(root);
    table.set(2, 'description', 'First line\r\nsecond line, with "quotes"');
    table.set(4, 'cost', 'priceless');
    const result = await importFile(root, 'multiline.csv', table.csv(), true);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[0]).toMatch(/^row 4, column cost: /);
  });

  it('a real Excel date cell for last_verified is read as YYYY-MM-DD', async () => {
    const root = tempRoot();
    const wb = await loadWorkbook((await exportBody('xlsx', root)).body);
    const ws = wb.getWorksheet('Services')!;
    const col = (ws.getRow(1).values as string[]).indexOf('last_verified');
    const id = ws.getRow(2).getCell(1).value;
    const cell = ws.getRow(2).getCell(col);
    cell.value = new Date(Date.UTC(2026, 10, 30));
    cell.numFmt = 'dd/mm/yyyy';
    const result = await importFile(root, 'dated.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(result.ok).toBe(true);
    expect(result.lines).toContain(`  ${String(id)}: last_verified`);
    const saved = (readJson(root, FILES.services) as { id: string; lastVerified: string }[]).find((s) => s.id === id);
    expect(saved?.lastVerified).toBe('2026-11-30');
  });

  it('reads the first sheet with an "id" header when there is no "Services" sheet', async () => {
    const root = tempRoot();
    const wb = await loadWorkbook((await exportBody('xlsx', root)).body);
    wb.getWorksheet('Services')!.name = 'Directory';
    const result = await importFile(root, 'renamed.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), true);
    expect(result.ok).toBe(true);
    expect(result.lines).toContain('No changes: the directory already matches the file.');
  });

  it('refuses a CSV that is not UTF-8, and changes nothing', async () => {
    const root = tempRoot();
    const latin1 = Buffer.from('id,name\r\nx,Caf\xe9\r\n', 'latin1');
    const result = await importFile(root, 'latin1.csv', latin1);
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toContain('the file is not UTF-8');
    expect(result.lines).toContain('Nothing was changed.');
  });

  it('refuses a file with no services rather than empty the directory', async () => {
    const root = tempRoot();
    const table = await Table.of(root);
    const result = await importFile(root, 'header-only.csv', new Table([table.header]).csv());
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toBe(`${join(root, 'header-only.csv')}: the file has no services. Nothing was changed.`);
  });
});
