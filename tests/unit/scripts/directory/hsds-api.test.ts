import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDirectory } from '../../../../scripts/directory/directory-files';
import { hsdsApiFiles, type ApiFile } from '../../../../scripts/directory/hsds-api';
import { REPO } from './fixture';

const COMPILED = join(REPO, '..', 'shared', 'reference', 'hsds-3.0', 'schema', 'compiled');
const schema = (name: string) => JSON.parse(readFileSync(join(COMPILED, `${name}.json`), 'utf8')) as object;

let files: ApiFile[];
let byPath: Map<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validators = {
  service: ajv.compile(schema('service')),
  serviceList: ajv.compile(schema('service_list')),
  organization: ajv.compile(schema('organization')),
  organizationList: ajv.compile(schema('organization_list')),
};

beforeAll(() => {
  const dir = readDirectory(REPO);
  const si = JSON.parse(readFileSync(join(REPO, 'locales/si/services.json'), 'utf8')) as Record<string, { name: string; description: string }>;
  files = hsdsApiFiles(dir, { si } as never, 'https://saferoute.example.org');
  byPath = new Map(files.map((f) => [f.path, f.body]));
});

type Page = { contents: Record<string, unknown>[]; total_items: number };

function errorsOf(v: (typeof validators)[keyof typeof validators], value: unknown, label: string): string[] {
  return v(value) ? [] : (v.errors ?? []).map((e) => `${label}${e.instancePath}: ${e.message}`);
}

describe('the HSDS 3 API as static files', () => {
  it('answers / with version, profile and openapi_url', () => {
    expect(byPath.get('hsds/index.json')).toEqual({
      version: '3.0',
      profile: 'https://saferoute.example.org/hsds/profile.json',
      openapi_url: 'https://saferoute.example.org/hsds/openapi.json',
    });
  });

  it('every answer validates against the official HSDS 3.0 compiled schemas', () => {
    const problems: string[] = [];
    for (const f of files) {
      if (/\/services\.json$/.test(f.path)) (f.body as Page).contents.forEach((s, i) => problems.push(...errorsOf(validators.serviceList, s, `${f.path}[${i}]`)));
      else if (/\/services\/[^/]+\.json$/.test(f.path)) problems.push(...errorsOf(validators.service, f.body, f.path));
      else if (/\/organizations\.json$/.test(f.path)) (f.body as Page).contents.forEach((o, i) => problems.push(...errorsOf(validators.organizationList, o, `${f.path}[${i}]`)));
      else if (/\/organizations\/[^/]+\.json$/.test(f.path)) problems.push(...errorsOf(validators.organization, f.body, f.path));
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('lists every service once, and every listed service has its own answer', () => {
    const list = byPath.get('hsds/services.json') as Page;
    const dir = readDirectory(REPO);
    expect(list.total_items).toBe(dir.services.length);
    for (const s of list.contents) expect(byPath.has(`hsds/services/${String(s.id)}.json`)).toBe(true);
  });

  it('serves the same ids with translated name and description under /hsds/{lang}/', () => {
    const en = byPath.get('hsds/services.json') as Page;
    const si = byPath.get('hsds/si/services.json') as Page;
    expect(si.contents.map((s) => s.id)).toEqual(en.contents.map((s) => s.id));
    // Organisation names often stay in English; the descriptions are translated.
    const translated = si.contents.filter((s, i) => s.description !== en.contents[i]!.description);
    expect(translated.length).toBe(en.contents.length);
    expect(translated.every((s) => /[\u0D80-\u0DFF]/.test(String(s.description)))).toBe(true);
  });
});
