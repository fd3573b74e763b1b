import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../../../scripts/write-atomically';
import { FILES, importTable, Table, tempRoot } from './fixture';

const WATCHED = [FILES.services, FILES.english, 'locales/si/services.json'];

/** Bytes and modification times of the files an import may write. */
function snapshot(root: string) {
  return WATCHED.map((rel) => ({ rel, bytes: readFileSync(join(root, rel), 'utf8'), mtime: statSync(join(root, rel)).mtimeMs }));
}

/** Back-dates the files, so a rewrite within the same millisecond still shows in mtime. */
function age(root: string) {
  const old = new Date('2020-01-01T00:00:00Z');
  for (const rel of WATCHED) utimesSync(join(root, rel), old, old);
}

const leftovers = (root: string) =>
  ['src/content/data', 'locales/en', 'locales/si'].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.includes('.tmp')));

describe('atomic writes', () => {
  it('a file with one bad row leaves every file byte-identical, mtimes included', async () => {
    const root = tempRoot();
    age(root);
    const before = snapshot(root);
    const table = await Table.of(root);
    // A real edit, an added row and a removed row, plus one bad cell: none of it may land.
    table.set(3, 'description', 'Changed text');
    table.rows.push([...table.rows[4]!]);
    table.set(table.rows.length, 'id', 'xx-new-service');
    table.rows.splice(1, 1);
    table.set(6, 'status', 'broken');
    const result = await importTable(root, table);
    expect(result.ok).toBe(false);
    expect(snapshot(root)).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });

  it('--dry-run never writes, even for a clean file with changes', async () => {
    const root = tempRoot();
    age(root);
    const before = snapshot(root);
    const table = await Table.of(root);
    table.set(3, 'description', 'Changed text');
    table.rows.splice(1, 1);
    const result = await importTable(root, table, true);
    expect(result.ok).toBe(true);
    expect(result.lines.at(-1)).toBe('Dry run: nothing was written.');
    expect(result.lines.some((l) => l.startsWith('Would change 1:'))).toBe(true);
    expect(result.written).toEqual([]);
    expect(snapshot(root)).toEqual(before);
  });

  it('a clean import writes the files that change and leaves no temporary files behind', async () => {
    const root = tempRoot();
    const table = await Table.of(root);
    table.set(3, 'description', 'Changed text').set(3, 'timezone', 'Asia/Kolkata');
    const result = await importTable(root, table);
    expect(result.ok).toBe(true);
    expect(result.written).toEqual([FILES.services, FILES.english]);
    expect(readFileSync(join(root, FILES.english), 'utf8')).toContain('"description": "Changed text"');
    expect(leftovers(root)).toEqual([]);
  });

  it('rewrites only the files whose bytes change', async () => {
    const root = tempRoot();
    age(root);
    const before = snapshot(root);
    const table = await Table.of(root);
    table.set(3, 'description', 'Only the English text changes');
    const result = await importTable(root, table);
    expect(result.written).toEqual([FILES.english]);
    const after = snapshot(root);
    expect(after[0]).toEqual(before[0]);
    expect(after[1]!.mtime).not.toBe(before[1]!.mtime);
  });

  it('when one file cannot be written, none is replaced and the temporary files are removed', () => {
    const root = tempRoot();
    const target = join(root, FILES.services);
    const before = readFileSync(target, 'utf8');
    expect(() =>
      writeFilesAtomically([
        { path: target, body: 'new content' },
        { path: join(root, 'no-such-folder', 'services.json'), body: 'x' },
      ]),
    ).toThrow();
    expect(readFileSync(target, 'utf8')).toBe(before);
    expect(leftovers(root)).toEqual([]);
  });

  it('writes a new file through a temporary name in the same folder', () => {
    const root = tempRoot();
    const path = join(root, 'out.json');
    writeFileSync(join(root, 'unrelated.txt'), 'x');
    writeFilesAtomically([{ path, body: '{}' }]);
    expect(existsSync(path)).toBe(true);
    expect(readdirSync(root).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
