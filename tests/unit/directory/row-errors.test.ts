import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, type Source } from '../../../src/content/model';
import { column } from '../../../scripts/directory/columns';
import { exportBody } from '../../../scripts/directory/export';
import { runImport } from '../../../scripts/directory/import';
import { FILES, importTable, loadWorkbook, problemLines, readJson, Table, tempRoot, writeFile } from './fixture';

/** One problem line exactly as the import prints it. */
const line = (row: number, name: string, message: string) => `row ${row}, column ${name}: ${message}; allowed: ${column(name).allowed}`;

let root: string;
let sources: Record<string, Source>;
beforeAll(() => {
  root = tempRoot();
  sources = readJson(root, FILES.sources) as Record<string, Source>;
});

async function problemsAfter(edit: (t: Table) => void): Promise<string[]> {
  const table = await Table.of(root);
  edit(table);
  const result = await importTable(root, table);
  expect(result.ok).toBe(false);
  return problemLines(result);
}

const withPhone = (t: Table) => t.find((get) => /^0\d+$/.test(get('phone_1')));

describe('each kind of row problem is reported on its own line with its row number', () => {
  it('a missing required cell', async () => {
    let row = 0;
    const problems = await problemsAfter((t) => {
      row = t.find(() => true) + 3;
      t.set(row, 'name', '');
    });
    expect(problems).toEqual([line(row, 'name', 'missing: this column is required')]);
  });

  it('a category that is not in the list', async () => {
    const problems = await problemsAfter((t) => t.set(5, 'category_1', 'Helpline'));
    expect(problems).toEqual([line(5, 'category_1', '"Helpline" is not an allowed value')]);
    expect(problems[0]).toContain(`allowed: ${CATEGORIES.join(', ')}`);
  });

  it('a status, cost or organisation type that is not in the list', async () => {
    const problems = await problemsAfter((t) =>
      t.set(6, 'status', 'verified').set(7, 'cost', 'cheap').set(8, 'organisation_type', 'charity'),
    );
    expect(problems).toEqual([
      line(6, 'status', '"verified" is not an allowed value'),
      line(7, 'cost', '"cheap" is not an allowed value'),
      line(8, 'organisation_type', '"charity" is not an allowed value'),
    ]);
    expect(problems[0]).toContain('allowed: active, inactive, unverified');
  });

  it('a country that is not an ISO 3166-1 alpha-2 code', async () => {
    const problems = await problemsAfter((t) =>
      t.set(3, 'country', 'XX').set(4, 'country', 'Sri Lanka').set(9, 'serves_nationalities', 'LK; UK'),
    );
    expect(problems).toEqual([
      line(3, 'country', '"XX" is not an ISO 3166-1 country code'),
      line(4, 'country', '"Sri Lanka" is not a two-letter code in capitals'),
      line(9, 'serves_nationalities', '"UK" is not an ISO 3166-1 country code'),
    ]);
  });

  it('a phone that is not a phone number', async () => {
    let row = 0;
    const problems = await problemsAfter((t) => {
      row = withPhone(t);
      t.set(row, 'phone_1', '011 234-56 ext 7');
    });
    expect(problems).toEqual([line(row, 'phone_1', '"011 234-56 ext 7" is not a phone number')]);
  });

  it('a phone that does not appear in the sources the row cites', async () => {
    let row = 0;
    let cited = '';
    const problems = await problemsAfter((t) => {
      row = withPhone(t);
      cited = t.get(row, 'sources').replace(/; /g, ', ');
      t.set(row, 'phone_1', '0999999999');
    });
    expect(problems).toEqual([line(row, 'phone_1', `phone 0999999999 does not appear in its cited sources (${cited})`)]);
  });

  it('a phone kind without a number, and a number without a kind', async () => {
    let a = 0;
    let b = 0;
    let kind = '';
    const problems = await problemsAfter((t) => {
      a = withPhone(t);
      kind = t.get(a, 'phone_1_kind');
      b = t.find((get) => get('phone_1') !== '' && get('phone_2') === '' && get('id') !== t.get(a, 'id'));
      t.set(a, 'phone_1', '');
      t.set(b, 'phone_2', t.get(b, 'phone_1'));
    });
    const expected = [line(a, 'phone_1', `missing: phone_1_kind is "${kind}" but there is no number`), line(b, 'phone_2_kind', 'missing: phone_2 has a number but no kind')];
    expect(problems).toEqual(a < b ? expected : expected.reverse());
  });

  it('a phone cell stored as a number in xlsx', async () => {
    const { body } = await exportBody('xlsx', root);
    const wb = await loadWorkbook(body);
    const ws = wb.getWorksheet('Services')!;
    const phoneCol = (ws.getRow(1).values as string[]).indexOf('phone_1');
    let row = 0;
    ws.eachRow((r) => {
      const v = r.getCell(phoneCol).value;
      if (!row && typeof v === 'string' && /^0\d+$/.test(v)) row = r.number;
    });
    const cell = ws.getRow(row).getCell(phoneCol);
    cell.value = Number(cell.value);
    cell.numFmt = 'General';
    const file = writeFile(root, 'number-phone.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const result = await runImport({ file, root, dryRun: false });
    expect(result.ok).toBe(false);
    expect(problemLines(result)).toEqual([
      line(row, 'phone_1', 'stored as a number: a leading 0 or + may have been lost; format the cell as text'),
    ]);
  });

  it('a cell that the spreadsheet turned into a date or time, outside last_verified', async () => {
    const wb = await loadWorkbook((await exportBody('xlsx', root)).body);
    const ws = wb.getWorksheet('Services')!;
    const hoursCol = (ws.getRow(1).values as string[]).indexOf('hours');
    const cell = ws.getRow(4).getCell(hoursCol);
    cell.value = new Date(Date.UTC(1899, 11, 30, 9, 0));
    cell.numFmt = 'hh:mm';
    const file = writeFile(root, 'time-hours.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const result = await runImport({ file, root, dryRun: true });
    expect(problemLines(result)).toEqual([line(4, 'hours', 'stored as a date or time by the spreadsheet; format the cell as text and type it again')]);
  });

  it('a URL that is not a URL, or whose site is not in the sources', async () => {
    let row = 0;
    let cited = '';
    const problems = await problemsAfter((t) => {
      row = t.find((get) => get('website') !== '');
      cited = t.get(row, 'sources').replace(/; /g, ', ');
      t.set(row, 'website', 'www.example.org/help').set(row + 1, 'organisation_website', 'https://unrelated.example.org/');
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe(line(row, 'website', '"www.example.org/help" is not a full URL'));
    expect(problems[1]).toMatch(new RegExp(`^row ${row + 1}, column organisation_website: URL https://unrelated.example.org/: its site is not named in its cited sources \\(`));
    expect(cited).not.toBe('');
  });

  it('an email that is not an email address', async () => {
    expect(await problemsAfter((t) => t.set(4, 'email', 'help at example.org'))).toEqual([line(4, 'email', '"help at example.org" is not an email address')]);
  });

  it('a date that is not a real YYYY-MM-DD date', async () => {
    const problems = await problemsAfter((t) => t.set(2, 'last_verified', '24/11/2026').set(3, 'last_verified', '2026-02-30'));
    expect(problems).toEqual([line(2, 'last_verified', '"24/11/2026" is not a date YYYY-MM-DD'), line(3, 'last_verified', '"2026-02-30" is not a date YYYY-MM-DD')]);
  });

  it('hours with a bad day code or time', async () => {
    const problems = await problemsAfter((t) =>
      t.set(2, 'hours', 'mon,tue 09:00-17:00').set(3, 'hours', 'mo,tu 9:00-17:00').set(4, 'hours', 'mo,tu 09:00-17:00; weekends').set(5, 'hours', 'sa,sa 09:00-12:00'),
    );
    expect(problems).toEqual([
      line(2, 'hours', '"mon" is not a day code'),
      line(3, 'hours', '"9:00" is not a 24-hour time HH:MM'),
      line(4, 'hours', '"weekends" is not days followed by HH:MM-HH:MM'),
      line(5, 'hours', '"sa,sa 09:00-12:00" names a day twice'),
    ]);
  });

  it('a latitude without a longitude, or out of range', async () => {
    const problems = await problemsAfter((t) => t.set(2, 'latitude', '6.9').set(3, 'latitude', '96').set(3, 'longitude', '80'));
    expect(problems).toEqual([line(2, 'longitude', 'missing: latitude is given, so longitude is needed too'), line(3, 'latitude', '96 is out of range')]);
  });

  it('a source id that is not in sources.json', async () => {
    const problems = await problemsAfter((t) => t.set(4, 'sources', `${t.get(4, 'sources')}; F999`));
    expect(problems).toEqual([line(4, 'sources', 'unknown source "F999" (not in src/content/data/sources.json)')]);
  });

  it('a duplicate id, naming both rows', async () => {
    let id = '';
    const problems = await problemsAfter((t) => {
      id = t.get(2, 'id');
      t.set(9, 'id', id);
    });
    expect(problems).toEqual([line(9, 'id', `duplicate id "${id}": also on row 2`)]);
  });

  it('a row citing an unconfirmed source whose status is not unverified', async () => {
    let row = 0;
    let weak = '';
    const problems = await problemsAfter((t) => {
      row = t.find((get) => get('sources').split('; ').some((s) => sources[s]?.confidence === 'unconfirmed'));
      weak = t.get(row, 'sources').split('; ').filter((s) => sources[s]?.confidence === 'unconfirmed').join(', ');
      t.set(row, 'status', 'active');
    });
    expect(problems).toEqual([line(row, 'status', `cites unconfirmed source(s) ${weak}: status must be "unverified", not "active"`)]);
  });

  it('HTML in a text cell', async () => {
    const problems = await problemsAfter((t) => t.set(3, 'description', 'Call <b>now</b>'));
    expect(problems).toEqual([line(3, 'description', 'raw HTML is not allowed')]);
  });

  it('an unknown column and a missing column in the header', async () => {
    const table = await Table.of(root);
    table.rows[0]![table.col('website')] = 'web_site';
    const result = await importTable(root, table);
    const lines = problemLines(result);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^row 1, column web_site: unknown column; allowed: the 46 columns of the Read me sheet, in any order: id, organisation_name, /);
    expect(lines[1]).toMatch(/^row 1, column website: missing column; allowed: /);
  });

  it('a file with several damaged rows reports all of them in one run', async () => {
    const problems = await problemsAfter((t) =>
      t
        .set(2, 'country', 'ZZ')
        .set(2, 'cost', 'gratis')
        .set(10, 'last_verified', 'yesterday')
        .set(20, 'open_24_7', 'maybe')
        .set(30, 'category_1', '')
        .set(40, 'sources', 'F000'),
    );
    expect(problems.map((p) => p.replace(/: .*/, ''))).toEqual([
      'row 2, column country',
      'row 2, column cost',
      'row 10, column last_verified',
      'row 20, column open_24_7',
      'row 30, column category_1',
      'row 40, column sources',
    ]);
  });
});

describe('problem output', () => {
  it('ends with a count and says nothing was changed', async () => {
    const table = await Table.of(root);
    table.set(2, 'status', 'gone');
    const result = await importTable(root, table);
    expect(result.lines.at(-1)).toBe(`1 problem(s) in ${join(root, 'edited.csv')}. Nothing was changed.`);
  });
});
