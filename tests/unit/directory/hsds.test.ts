import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../../src/content/model';
import { ISO_COUNTRIES } from '../../../src/content/model/countries';
import { runExport } from '../../../scripts/directory/export';
import { uuidFor, uuidV5, UUID } from '../../../scripts/directory/uuid';
import { FILES, readJson, tempRoot } from './fixture';
import { HSDS_31_ONLY, HSDS_CHILDREN, HSDS_ENUMS, HSDS_FIELDS, HSDS_REQUIRED, type HsdsObject } from './hsds-fields';

type Obj = Record<string, unknown>;
interface Found {
  kind: HsdsObject;
  value: Obj;
  path: string;
}

/** Every HSDS object in the export, with the kind its parent key says it is. */
function walk(value: Obj, kind: HsdsObject, path: string, out: Found[] = []): Found[] {
  out.push({ kind, value, path });
  for (const [key, child] of Object.entries(value)) {
    const childKind = HSDS_CHILDREN[key];
    const items = Array.isArray(child) ? child : [child];
    for (const [i, item] of items.entries()) {
      if (typeof item !== 'object' || item === null) continue;
      if (!childKind) throw new Error(`${path}.${key}: an object under a key the walker does not know`);
      walk(item as Obj, childKind, `${path}.${key}${Array.isArray(child) ? `[${i}]` : ''}`, out);
    }
  }
  return out;
}

let page: Obj;
let objects: Found[];
let services: Service[];
beforeAll(async () => {
  const root = tempRoot();
  const out = join(root, 'directory.hsds.json');
  await runExport({ format: 'hsds', out, root });
  page = JSON.parse(readFileSync(out, 'utf8')) as Obj;
  objects = walk(page, 'page', '$');
  services = readJson(root, FILES.services) as Service[];
});

const ofKind = (kind: HsdsObject) => objects.filter((o) => o.kind === kind);

describe('HSDS 3 export', () => {
  it('uses only field names HSDS 3 defines, and none that only 3.1 added', () => {
    const unknown = objects.flatMap((o) => Object.keys(o.value).filter((k) => !HSDS_FIELDS[o.kind].includes(k)).map((k) => `${o.path}.${k}`));
    expect(unknown).toEqual([]);
    const newer = objects.flatMap((o) => Object.keys(o.value).filter((k) => HSDS_31_ONLY.includes(k)).map((k) => `${o.path}.${k}`));
    expect(newer).toEqual([]);
  });

  it('has every required field on every object', () => {
    const missing = objects.flatMap((o) => HSDS_REQUIRED[o.kind].filter((k) => o.value[k] === undefined || o.value[k] === null).map((k) => `${o.path}.${k}`));
    expect(missing).toEqual([]);
  });

  it('keeps enumerated fields to the values HSDS allows', () => {
    for (const o of objects) {
      for (const [field, values] of Object.entries(HSDS_ENUMS[o.kind] ?? {})) {
        if (o.value[field] !== undefined) expect(values, `${o.path}.${field}`).toContain(o.value[field]);
      }
    }
  });

  it('gives every object a UUID id, unique except for shared organisations and taxonomy terms', () => {
    const byId = new Map<string, Found[]>();
    for (const o of objects.filter((x) => x.kind !== 'page')) {
      expect(o.value.id, o.path).toMatch(UUID);
      byId.set(o.value.id as string, [...(byId.get(o.value.id as string) ?? []), o]);
    }
    for (const [id, found] of byId) {
      if (found.length === 1) continue;
      // The same organisation or term repeated under several services must be the same entity.
      expect(['organization', 'taxonomy_term'], id).toContain(found[0]!.kind);
      for (const f of found) expect(f.value, f.path).toEqual(found[0]!.value);
    }
    expect(ofKind('service').length).toBe(services.length);
  });

  it('has ids that are stable v5 UUIDs derived from our ids', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    const ids = ofKind('service').map((s) => s.value.id);
    expect(ids).toEqual([...services].sort((a, b) => (a.country + a.id < b.country + b.id ? -1 : 1)).map((s) => uuidFor('service', s.id)));
  });

  it('puts an ISO alpha-2 country in every address, and every service has one', () => {
    for (const a of ofKind('address')) expect(ISO_COUNTRIES.has(a.value.country as string), a.path).toBe(true);
    for (const s of ofKind('service')) {
      const sal = s.value.service_at_locations as { location: { addresses: { country: string }[] } }[];
      expect(sal.length, s.path).toBeGreaterThan(0);
      expect(sal[0]!.location.addresses[0]!.country).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('gives every service an organization and, where the record has phones, its phones', () => {
    const byUuid = new Map(services.map((s) => [uuidFor('service', s.id), s]));
    for (const o of ofKind('service')) {
      const record = byUuid.get(o.value.id as string)!;
      expect(o.value.organization, o.path).toMatchObject({ name: record.organisation.name });
      expect((o.value.phones as { number: string }[]).map((p) => p.number)).toEqual(record.phones.map((p) => p.number));
      const address = (o.value.service_at_locations as { location: { addresses: { country: string }[] } }[])[0]!.location.addresses[0]!;
      expect(address.country).toBe(record.country);
    }
  });

  it('maps status, 24-hour services, hours and categories', () => {
    const byUuid = new Map(services.map((s) => [uuidFor('service', s.id), s]));
    for (const o of ofKind('service')) {
      const r = byUuid.get(o.value.id as string)!;
      expect(o.value.status).toBe(r.status === 'inactive' ? 'inactive' : 'active');
      const attrs = o.value.attributes as { value?: string; taxonomy_term: { code: string; taxonomy: string } }[];
      expect(attrs.filter((a) => a.taxonomy_term.taxonomy === 'SafeRoute victim-assistance categories').map((a) => a.taxonomy_term.code)).toEqual(r.categories);
      expect(attrs.find((a) => a.taxonomy_term.taxonomy === 'SafeRoute verification status')?.value).toBe(r.status);
      if (r.status === 'unverified') {
        expect(o.value.assured_date).toBeUndefined();
        expect(o.value.alert).toMatch(/^Not verified/);
      } else {
        expect(o.value.assured_date).toBe(r.lastVerified);
      }
      const schedules = o.value.schedules as { byday: string; opens_at: string; closes_at: string; description: string }[];
      expect(schedules.length).toBe(r.hours.length + (r.open247 ? 1 : 0));
      if (r.open247) expect(schedules[0]).toMatchObject({ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59', description: 'Open 24 hours' });
      for (const h of r.hours) {
        expect(schedules).toContainEqual(expect.objectContaining({ byday: h.days.join(',').toUpperCase(), opens_at: h.opens, closes_at: h.closes, description: `Times in ${r.timezone}.` }));
      }
      expect((o.value.metadata as { replacement_value: string }[]).length).toBe(r.sources.length);
    }
  });

  it('exports the real directory: at least 60 services in at least 12 countries, as one page', () => {
    const countries = new Set(ofKind('address').map((a) => a.value.country));
    expect(ofKind('service').length).toBeGreaterThanOrEqual(60);
    expect(countries.size).toBeGreaterThanOrEqual(12);
    expect(page).toMatchObject({ total_items: services.length, size: services.length, total_pages: 1, page_number: 1, first_page: true, last_page: true, empty: false });
  });
});
