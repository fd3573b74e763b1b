/**
 * The content check and the directory import ask the same content model, so one bad record
 * gets the same words from both: an editor who fixes it in JSON or in Excel reads one rule.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../../scripts/content/load-content';
import type { Service } from '../../../../src/content/model';
import { importTable, problemLines, REPO, Table } from '../../directory/fixture';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function copyOfContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'saferoute-model-'));
  roots.push(root);
  cpSync(join(REPO, 'src/content/data'), join(root, 'src/content/data'), { recursive: true });
  cpSync(join(REPO, 'locales'), join(root, 'locales'), { recursive: true });
  return root;
}

const SERVICES = 'src/content/data/services.json';
const services = JSON.parse(readFileSync(join(REPO, SERVICES), 'utf8')) as Service[];
// A service with a national number, so a changed number is still a valid number, only untraced.
const target = services.find((s) => s.phones.some((p) => /^0\d{8,}$/.test(p.number)))!;
const phoneSlot = target.phones.findIndex((p) => /^0\d{8,}$/.test(p.number));

interface Case {
  name: string;
  field: string;
  column: string;
  cell: string;
  edit: (s: Service) => void;
}

const CASES: Case[] = [
  { name: 'an unknown time zone', field: 'timezone', column: 'timezone', cell: 'Asia/Kolombo', edit: (s) => (s.timezone = 'Asia/Kolombo') },
  {
    name: 'a phone that is not in its cited source',
    field: `phones.${phoneSlot}.number`,
    column: `phone_${phoneSlot + 1}`,
    cell: '0999999999',
    edit: (s) => (s.phones[phoneSlot]!.number = '0999999999'),
  },
  { name: 'a source id that does not exist', field: 'sources.0', column: 'sources', cell: 'F999', edit: (s) => (s.sources = ['F999']) },
  { name: 'a country code ISO 3166-1 does not assign', field: 'country', column: 'country', cell: 'UK', edit: (s) => (s.country = 'UK') },
];

async function fromImport(c: Case): Promise<string[]> {
  const root = copyOfContent();
  const table = await Table.of(root);
  const row = table.find((get) => get('id') === target.id);
  table.set(row, c.column, c.cell);
  const result = await importTable(root, table);
  expect(result.ok).toBe(false);
  const prefix = `row ${row}, column ${c.column}: `;
  return problemLines(result)
    .filter((l) => l.startsWith(prefix))
    .map((l) => l.slice(prefix.length).replace(/; allowed: .*$/, ''));
}

function fromContentCheck(c: Case): string[] {
  const root = copyOfContent();
  const edited = services.map((s) => structuredClone(s));
  c.edit(edited.find((s) => s.id === target.id)!);
  writeFileSync(join(root, SERVICES), JSON.stringify(edited, null, 2));
  return loadContent(root)
    .errors.filter((e) => e.record === target.id && e.field === c.field)
    .map((e) => e.message);
}

describe('one bad record, the same error from the content check and the import', () => {
  it('has a service to damage', () => {
    expect(target).toBeDefined();
    expect(phoneSlot).toBeGreaterThanOrEqual(0);
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const check = fromContentCheck(c);
      expect(check).toHaveLength(1);
      expect(check[0]).toContain(c.cell);
      expect(await fromImport(c)).toEqual(check);
    });
  }
});
