import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVerifyImport } from '../../../scripts/verify/import-checks';
import { exportDue, fill, verifyRoot } from './verify-fixture';

const TODAY = '2027-02-01';
const DATA = ['services', 'pathways', 'risks'].map((n) => `src/content/data/${n}.json`);
const snapshot = (root: string) => DATA.map((f) => readFileSync(join(root, f), 'utf8'));
const records = (root: string, file: string) => JSON.parse(readFileSync(join(root, `src/content/data/${file}.json`), 'utf8')) as { id: string; lastVerified: string }[];

async function filled(fills: Parameters<typeof fill>[1]) {
  const root = verifyRoot();
  const path = await exportDue(root);
  await fill(path, fills);
  return { root, path };
}

describe('verify:import', () => {
  it('moves lastVerified of a record whose every row is ok, and changes nothing else', async () => {
    const { root, path } = await filled([{ id: 'lk-slbfe-hotline', checkedOn: '2027-01-20', result: 'ok' }]);
    const before = records(root, 'services');
    const result = await runVerifyImport({ file: path, root, today: TODAY });
    expect(result.ok).toBe(true);
    expect(result.changes).toEqual([{ type: 'service', id: 'lk-slbfe-hotline', from: '2026-11-24', to: '2027-01-20' }]);
    const after = records(root, 'services');
    expect(after.find((s) => s.id === 'lk-slbfe-hotline')!.lastVerified).toBe('2027-01-20');
    // Every other field and record is as it was.
    expect(after.map((s) => ({ ...s, lastVerified: '' }))).toEqual(before.map((s) => ({ ...s, lastVerified: '' })));
    expect(after.find((s) => s.id === 'np-police-hotline')!.lastVerified).toBe('2026-01-10');
  });

  it('dates a record by its oldest check when its rows were checked on different days', async () => {
    const { root, path } = await filled([
      { id: 'lk-slbfe-hotline', check: 'phone', checkedOn: '2027-01-25', result: 'ok' },
      { id: 'lk-slbfe-hotline', check: 'website', checkedOn: '2027-01-05', result: 'ok' },
      { id: 'lk-slbfe-hotline', check: 'claims', checkedOn: '2027-01-30', result: 'ok' },
    ]);
    await runVerifyImport({ file: path, root, today: TODAY });
    expect(records(root, 'services').find((s) => s.id === 'lk-slbfe-hotline')!.lastVerified).toBe('2027-01-05');
  });

  it('lists changed and unreachable rows for an editor and keeps their record as it was', async () => {
    const { root, path } = await filled([
      { id: 'lk-slbfe-hotline', checkedOn: '2027-01-20', result: 'ok' },
      { id: 'lk-slbfe-hotline', check: 'website', checkedOn: '2027-01-20', result: 'unreachable', note: 'site down' },
      { id: 'np-police-hotline', check: 'phone', result: 'changed', note: 'source now prints another number' },
    ]);
    const before = snapshot(root);
    const result = await runVerifyImport({ file: path, root, today: TODAY });
    expect(result.ok).toBe(true);
    expect(result.changes).toEqual([]);
    expect(result.forEditor.map((e) => [e.id, e.check, e.result, e.note])).toEqual([
      ['np-police-hotline', 'phone', 'changed', 'source now prints another number'],
      ['lk-slbfe-hotline', 'website', 'unreachable', 'site down'],
    ]);
    expect(snapshot(root)).toEqual(before);
  });

  it('keeps the date of a record only partly checked', async () => {
    const { root, path } = await filled([{ id: 'lk-slbfe-hotline', check: 'phone', checkedOn: '2027-01-20', result: 'ok' }]);
    const result = await runVerifyImport({ file: path, root, today: TODAY });
    expect(result.changes).toEqual([]);
    expect(result.lines.join('\n')).toMatch(/service lk-slbfe-hotline: 1 of 3 rows checked/);
  });

  it.each([
    ['a future date', { checkedOn: '2027-03-01' }, /row 2, checked on \(YYYY-MM-DD\): 2027-03-01 is in the future/],
    ['a date that is not a day', { checkedOn: '2027-02-30' }, /row 2, checked on \(YYYY-MM-DD\): "2027-02-30" is not a real day/],
    ['garbage in the date', { checkedOn: 'last tuesday' }, /row 2, checked on \(YYYY-MM-DD\): "last tuesday" is not a real day/],
    ['a date before the last check', { checkedOn: '2025-12-01' }, /row 2, checked on \(YYYY-MM-DD\): 2025-12-01 is before the record's last verified date 2026-01-10/],
    ['ok without a date', { checkedOn: '' }, /row 2, checked on \(YYYY-MM-DD\): an ok result needs the day/],
    ['an unknown result', { result: 'fine', checkedOn: '2027-01-20' }, /row 2, result \(ok\/changed\/unreachable\): "fine" is not one of ok, changed, unreachable/],
    ['an edited number', { value: '1178', checkedOn: '2027-01-20' }, /row 2, phone or URL: "phone 1178" is not in service "np-police-hotline"/],
  ])('rejects %s naming file, row and field, and writes nothing', async (_what, bad, message) => {
    const { root, path } = await filled([
      { id: 'lk-slbfe-hotline', checkedOn: '2027-01-20', result: 'ok' },
      { id: 'np-police-hotline', check: 'phone', result: 'ok', ...bad },
    ]);
    const before = snapshot(root);
    const result = await runVerifyImport({ file: path, root, today: TODAY });
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toContain(path);
    expect(result.lines.join('\n')).toMatch(message);
    expect(result.lines.at(-1)).toBe('Nothing was changed.');
    expect(snapshot(root)).toEqual(before);
  });

  it('rejects an unknown id naming its row, and writes nothing', async () => {
    const root = verifyRoot();
    const path = await exportDue(root);
    await fill(path, [{ id: 'lk-slbfe-hotline', checkedOn: '2027-01-20', result: 'ok' }]);
    // The id of a record that was renamed or removed since the export.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    wb.getWorksheet('Due')!.getRow(5).getCell(2).value = 'lk-slbfe-old';
    await wb.xlsx.writeFile(path);
    const before = snapshot(root);
    const result = await runVerifyImport({ file: path, root, today: TODAY });
    expect(result.ok).toBe(false);
    expect(result.lines.join('\n')).toMatch(/row 5, id: unknown id "lk-slbfe-old": no service with this id/);
    expect(snapshot(root)).toEqual(before);
  });

  it('a dry run reports the change and writes nothing', async () => {
    const { root, path } = await filled([{ id: 'lk-slbfe-hotline', checkedOn: '2027-01-20', result: 'ok' }]);
    const before = snapshot(root);
    const result = await runVerifyImport({ file: path, root, today: TODAY, dryRun: true });
    expect(result.changes).toHaveLength(1);
    expect(snapshot(root)).toEqual(before);
  });
});
