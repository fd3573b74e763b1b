import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPacks, writePacks } from '../../../scripts/content/compile-packs';
import { loadContent } from '../../../scripts/content/load-content';
import type { Pack, PackManifest } from '../../../src/content/pack';
import { validFixture, writeFixture } from '../../helpers/content-fixture';

function packs() {
  const { content, errors } = loadContent(writeFixture(validFixture()));
  expect(errors).toEqual([]);
  return buildPacks(content);
}

describe('pack compilation', () => {
  it('builds one pack per language with its direction and review status', () => {
    const p = packs();
    expect(Object.keys(p)).toEqual(['en', 'si']);
    expect(p.si).toMatchObject({ lang: 'si', dir: 'ltr', review: 'machine' });
    expect(p.en!.review).toBe('source');
  });

  it('dates every pack with its build day, which the page measures record age against', () => {
    const { content } = loadContent(writeFixture(validFixture()));
    const dated = buildPacks(content, '2027-12-01');
    expect(Object.values(dated).map((p) => p.builtOn)).toEqual(['2027-12-01', '2027-12-01']);
  });

  it('a translated record carries its English source; an untranslated one falls back and says so', () => {
    const si = packs().si!;
    const risk = si.risks[0]!;
    expect(risk.fallback).toBe(false);
    expect(risk.text.title).toBe('සංචාරක වීසා මත වැඩ නොකරන්න');
    expect(risk.source?.title).toBe('Do not work on a visit visa');
    const pathway = si.pathways[0]!;
    expect(pathway.fallback).toBe(true);
    expect(pathway.text.title).toBe('Sri Lanka to Korea');
    expect(pathway.source).toBeUndefined();
  });

  it('keeps language-neutral facts once, from the data, in every language', () => {
    const p = packs();
    expect(p.si!.services[0]!.phones).toEqual(p.en!.services[0]!.phones);
    expect(p.si!.services[0]!.phones[0]!.number).toBe('1989');
  });

  it('fills missing UI strings from English', () => {
    const ui = packs().si!.ui as { app: { name: string } };
    expect(ui.app.name).toBe('සේෆ්රූට්');
  });

  it('carries only the sources that records cite', () => {
    expect(Object.keys(packs().en!.sources)).toEqual(['F002']);
  });

  it('writes content-hashed files and a manifest whose hashes match the bytes', () => {
    const out = mkdtempSync(join(tmpdir(), 'saferoute-packs-'));
    const manifest = writePacks(packs(), out);
    const files = readdirSync(join(out, 'packs')).sort();
    // Two packs, the manifest, and the rescue screen's words for every language.
    expect(files).toHaveLength(4);
    expect(files).toContain('rescue.json');
    expect(files.every((f) => !f.includes('.tmp'))).toBe(true);
    const written = JSON.parse(readFileSync(join(out, 'packs/manifest.json'), 'utf8')) as PackManifest;
    expect(written).toEqual(manifest);
    for (const [lang, entry] of Object.entries(manifest.packs)) {
      expect(entry.url).toMatch(new RegExp(`^/packs/${lang}\\.[0-9a-f]{10}\\.json$`));
      const bytes = readFileSync(join(out, entry.url));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
      expect(entry.url).toContain(entry.sha256.slice(0, 10));
      expect(bytes.length).toBe(entry.bytes);
      expect((JSON.parse(bytes.toString()) as Pack).lang).toBe(lang);
    }
  });

  it('the same content gives the same file names; changed content gives new ones', () => {
    const a = writePacks(packs(), mkdtempSync(join(tmpdir(), 'sr-')));
    const b = writePacks(packs(), mkdtempSync(join(tmpdir(), 'sr-')));
    expect(b.packs.en!.url).toBe(a.packs.en!.url);
    const f = validFixture();
    (f.text.en!.services as Record<string, { description: string }>)['lk-slbfe-hotline']!.description = 'Changed.';
    const changed = buildPacks(loadContent(writeFixture(f)).content);
    const c = writePacks(changed, mkdtempSync(join(tmpdir(), 'sr-')));
    expect(c.packs.en!.url).not.toBe(a.packs.en!.url);
    expect(c.version).not.toBe(a.version);
  });
});
