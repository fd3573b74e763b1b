import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dueRows } from '../../../scripts/verify/due-list';
import { DUE_SHEET, dueWorkbook, HEADERS } from '../../../scripts/verify/due-sheet';
import { contentOf, exportDue, readDue, verifyRoot } from './verify-fixture';

describe('verify:due', () => {
  it('lists what falls due soonest first, each record twelve months after its last check', () => {
    const rows = dueRows(contentOf(verifyRoot()), { months: 12 });
    const order = [...new Set(rows.map((r) => `${r.type} ${r.id} ${r.due}`))];
    expect(order).toEqual([
      'service np-police-hotline 2027-01-10',
      'risk visit-visa-work 2027-06-01',
      'service lk-slbfe-hotline 2027-11-24',
      'pathway lk-kr 2027-11-24',
    ]);
  });

  it('gives every phone and website its own row, with the source that prints it', () => {
    const rows = dueRows(contentOf(verifyRoot()), { months: 12 }).filter((r) => r.id === 'lk-slbfe-hotline');
    expect(rows.map((r) => [r.check, r.value])).toEqual([
      ['phone', '1989'],
      ['website', 'https://www.slbfe.lk'],
      ['claims', ''],
    ]);
    expect(rows[0]!.sourceLinks).toBe('F002: http://www.adaderana.lk/news.php?nid=87450');
    expect(rows[0]).toMatchObject({ name: 'SLBFE hotline', country: 'LK', lastVerified: '2026-11-24' });
  });

  it('a shorter period brings due dates forward, and --until keeps only what is due by then', () => {
    const content = contentOf(verifyRoot());
    expect(dueRows(content, { months: 6 })[0]!.due).toBe('2026-07-10');
    const until = dueRows(content, { months: 12, until: '2027-06-30' });
    expect([...new Set(until.map((r) => r.id))]).toEqual(['np-police-hotline', 'visit-visa-work']);
  });

  it('writes the sheet with empty columns for the checker', async () => {
    const rows = await readDue(await exportDue(verifyRoot()));
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({ [HEADERS.type]: 'service', [HEADERS.id]: 'np-police-hotline', [HEADERS.value]: '1177', [HEADERS.due]: '2027-01-10' });
    for (const r of rows) expect([r[HEADERS.checkedOn], r[HEADERS.result], r[HEADERS.note]]).toEqual(['', '', '']);
  });

  it('stores every cell as text, so a name starting with "=" is never run as a formula', async () => {
    const [row] = dueRows(contentOf(verifyRoot()), { months: 12 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await dueWorkbook([{ ...row!, name: '=HYPERLINK("https://evil.example","call")', value: '+94112345678' }], 12)) as unknown as ExcelJS.Buffer);
    const cells = wb.getWorksheet(DUE_SHEET)!.getRow(2);
    for (let i = 1; i <= cells.cellCount; i++) {
      expect(cells.getCell(i).type, `column ${i}`).not.toBe(ExcelJS.ValueType.Formula);
    }
    expect(cells.getCell(3).value).toBe('=HYPERLINK("https://evil.example","call")');
    expect(cells.getCell(6).value).toBe('+94112345678');
    expect(cells.getCell(6).numFmt).toBe('@');
  });
});
