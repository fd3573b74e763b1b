import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../../../scripts/directory/columns';
import { exportBody, runExport } from '../../../../scripts/directory/export';
import { runImport } from '../../../../scripts/directory/import';
import { FILES, loadWorkbook, readJson, readText, tempRoot } from './fixture';

/** Empties the directory in a root, so the import has to rebuild every record from the file. */
function emptied(root: string) {
  writeFileSync(join(root, FILES.services), '[]\n');
  writeFileSync(join(root, FILES.english), '{}\n');
}

describe.each(['xlsx', 'csv'] as const)('round trip through %s', (format) => {
  it('rebuilds the whole directory exactly: records and English text', async () => {
    const source = tempRoot();
    const out = join(source, `directory.${format}`);
    await runExport({ format, out, root: source });

    const target = tempRoot();
    emptied(target);
    const result = await runImport({ file: out, root: target, dryRun: false });
    expect(result.lines.filter((l) => l.startsWith('row '))).toEqual([]);
    expect(result.ok).toBe(true);

    expect(readJson(target, FILES.services)).toEqual(readJson(source, FILES.services));
    expect(readJson(target, FILES.english)).toEqual(readJson(source, FILES.english));
    // Same bytes too, so re-importing an untouched export never shows up as a change in review.
    expect(readText(target, FILES.services)).toBe(readText(source, FILES.services));
    expect(readText(target, FILES.english)).toBe(readText(source, FILES.english));
  });

  it('re-importing an untouched export reports no changes and writes nothing', async () => {
    const root = tempRoot();
    const out = join(root, `directory.${format}`);
    await runExport({ format, out, root });
    const result = await runImport({ file: out, root, dryRun: false });
    expect(result.ok).toBe(true);
    expect(result.lines).toContain('No changes: the directory already matches the file.');
    expect(result.written).toEqual([]);
  });
});

describe('xlsx workbook', () => {
  async function workbook() {
    const { body } = await exportBody('xlsx', tempRoot());
    const wb = await loadWorkbook(body);
    return wb;
  }

  it('has a Read me sheet first that documents every column, then the Services sheet', async () => {
    const wb = await workbook();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Read me', 'Services']);
    const readMe = wb.getWorksheet('Read me')!;
    const documented = new Map<string, unknown[]>();
    readMe.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      if (typeof values[0] === 'string') documented.set(values[0], values);
    });
    for (const c of COLUMNS) {
      expect(documented.get(c.name)).toEqual([c.name, c.description, c.required ? 'yes' : 'no', c.allowed]);
    }
    const text = JSON.stringify(readMe.getSheetValues());
    expect(text).toContain('npm run directory:import');
  });

  it('writes every data cell as text, with a bold frozen header', async () => {
    const ws = (await workbook()).getWorksheet('Services')!;
    const header = ws.getRow(1);
    expect((header.values as unknown[]).slice(1)).toEqual(COLUMNS.map((c) => c.name));
    expect(header.font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    let cells = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        cells++;
        expect(typeof cell.value).toBe('string');
        expect(cell.numFmt).toBe('@');
      }),
    );
    expect(cells).toBeGreaterThan(1000);
    // The phones that Excel would otherwise turn into numbers are there, digits intact.
    const phones: string[] = [];
    ws.getColumn(COLUMNS.findIndex((c) => c.name === 'phone_1') + 1).eachCell((c) => phones.push(String(c.value)));
    expect(phones.some((p) => /^0\d+$/.test(p))).toBe(true);
  });

  it('offers drop-down lists for the enumerated columns', async () => {
    const ws = (await workbook()).getWorksheet('Services')!;
    const dropDown = (name: string, row = 2) => ws.getCell(row, COLUMNS.findIndex((c) => c.name === name) + 1).dataValidation;
    expect(dropDown('category_1')).toMatchObject({ type: 'list', formulae: [`"${COLUMNS.find((c) => c.name === 'category_1')!.list!.join(',')}"`] });
    for (const name of ['category_4', 'organisation_type', 'phone_1_kind', 'phone_3_reach', 'open_24_7', 'cost', 'referral', 'status']) {
      expect(dropDown(name)?.type, name).toBe('list');
    }
    // Rows below the data keep the lists, for services added in the sheet.
    let last = 0;
    ws.eachRow((row) => (last = row.number));
    expect(dropDown('status', last + 50)?.type).toBe('list');
    expect(dropDown('country')).toBeUndefined();
  });
});
