import { describe, expect, it } from 'vitest';
import { FILES, importTable, readJson, Table, tempRoot } from './fixture';

type Json = Record<string, unknown>;

describe('what an import changes is reported, and translations follow', () => {
  it('reports added, changed and removed services; removal prunes other languages', async () => {
    const root = tempRoot();
    const si = readJson(root, 'locales/si/services.json') as Json;
    const [removed, changed] = Object.keys(si);
    const table = await Table.of(root);

    const removedRow = table.find((get) => get('id') === removed);
    const template = [...table.rows[removedRow - 1]!];
    table.rows.splice(removedRow - 1, 1);
    const changedRow = table.find((get) => get('id') === changed);
    table.set(changedRow, 'description', 'A new English description.').set(changedRow, 'cost', table.get(changedRow, 'cost') === 'free' ? 'fee' : 'free');
    table.rows.push(template);
    table.set(table.rows.length, 'id', 'zz-added-service');

    const result = await importTable(root, table);
    expect(result.ok).toBe(true);
    expect(result.diff).toMatchObject({ added: ['zz-added-service'], removed: [removed], changed: [{ id: changed, columns: ['description', 'cost'] }] });
    expect(result.lines).toEqual([
      expect.stringMatching(/^Checked \d+ services in .*edited\.csv: no problems\.$/),
      'Added 1: zz-added-service',
      'Changed 1:',
      `  ${changed}: description, cost`,
      `Removed 1: ${removed}`,
      `Removed 1 translation(s) of removed services from locales/si/services.json: ${removed}`,
      '1 translations may need review (their English text changed):',
      `  ${changed}: si`,
      `Wrote ${FILES.services}, ${FILES.english}, locales/si/services.json.`,
      expect.stringMatching(/^The previous files are kept: npm run directory:restore -- \S+$/),
    ]);

    const services = readJson(root, FILES.services) as Json[];
    const english = readJson(root, FILES.english) as Json;
    expect(services.some((s) => s.id === removed)).toBe(false);
    expect(english[removed!]).toBeUndefined();
    expect(english['zz-added-service']).toBeDefined();
    const siAfter = readJson(root, 'locales/si/services.json') as Json;
    expect(Object.keys(siAfter)).toEqual([changed]);
    // The translation of the changed service is kept: it is flagged for review, not deleted.
    expect(siAfter[changed!]).toEqual(si[changed!]);
  });

  it('writes services sorted by country then id, whatever the row order', async () => {
    const root = tempRoot();
    const table = await Table.of(root);
    const [header, ...rows] = table.rows;
    const shuffled = new Table([header!, ...rows.reverse()]);
    shuffled.set(2, 'name', 'Renamed');
    const result = await importTable(root, shuffled);
    expect(result.ok).toBe(true);
    const services = readJson(root, FILES.services) as { id: string; country: string }[];
    const keys = services.map((s) => `${s.country} ${s.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(Object.keys(readJson(root, FILES.english) as Json)).toEqual(services.map((s) => s.id));
  });

  it('a change to language-neutral columns only does not ask for translation review', async () => {
    const root = tempRoot();
    const si = readJson(root, 'locales/si/services.json') as Json;
    const id = Object.keys(si)[0]!;
    const table = await Table.of(root);
    table.set(table.find((get) => get('id') === id), 'timezone', 'Asia/Kolkata');
    const result = await importTable(root, table, true);
    expect(result.lines).toContain(`  ${id}: timezone`);
    expect(result.lines.some((l) => l.includes('may need review'))).toBe(false);
  });
});
