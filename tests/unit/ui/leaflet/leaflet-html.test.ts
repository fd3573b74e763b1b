/**
 * A leaflet is read from a chat download with no connection: nothing in it may reach the
 * network except the links a reader taps (a call, WhatsApp, the app), its one style must be
 * allowed by hash, and it must carry help for both ends of the journey. Checked on the real
 * content.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPacks } from '../../../../scripts/content/compile-packs';
import { loadContent } from '../../../../scripts/content/load-content';
import { buildLeaflet, scriptFontFile } from '../../../../scripts/lib/leaflets';
import type { Pack, PathwayEntry } from '../../../../src/content/pack';
import { leafletDownloadName, leafletHtml } from '../../../../src/ui/leaflet/leaflet-html';

const ORIGIN = 'https://saferoute.example';
const BUILT = '2026-12-04';
let packs: Record<string, Pack>;
beforeAll(() => {
  const { content, errors } = loadContent();
  expect(errors).toEqual([]);
  packs = buildPacks(content, BUILT);
});

const pathway = (lang: string, id: string): PathwayEntry => packs[lang]!.pathways.find((p) => p.id === id)!;
const make = (lang: string, id: string) => leafletHtml(packs[lang]!, pathway(lang, id), { appOrigin: ORIGIN, built: BUILT });
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('a corridor leaflet', () => {
  it('has no script and links only to a call, WhatsApp or the app page of its corridor', async () => {
    const html = await make('ne', 'np-qa');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const links = hrefs(html);
    expect(links).toContain(`${ORIGIN}/ne/pathways/np-qa?from=NP&to=QA`);
    expect(links.some((h) => h.startsWith('tel:+'))).toBe(true);
    for (const h of links) expect(h).toMatch(/^(tel:\+?\d+$|https:\/\/wa\.me\/\d+$|https:\/\/saferoute\.example\/ne\/pathways\/np-qa\?from=NP&to=QA$)/);
    // Nothing loads by itself: no src attributes, and CSS urls only as data:.
    expect(html).not.toMatch(/\ssrc=/i);
    for (const m of html.matchAll(/url\(([^)]*)\)/g)) expect(m[1]).toMatch(/^data:/);
  });

  it('allows exactly its own <style> by SHA-256 and nothing external', async () => {
    const html = await make('bn', 'bd-my');
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]!, 'utf8').digest('base64');
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!.replace(/&#39;/g, "'");
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src data:`);
  });

  it('is laid out right to left in Urdu and left to right in Nepali', async () => {
    expect(await make('ur', 'pk-sa')).toMatch(/<html lang="ur" dir="rtl">/);
    expect(await make('ne', 'np-qa')).toMatch(/<html lang="ne" dir="ltr">/);
  });

  it('carries the translated words, not raw keys, and the machine-translation label', async () => {
    const html = await make('ne', 'np-qa');
    expect(html).not.toMatch(/leaflet\.(intro|risks|openApp|built)/);
    expect(html).toContain('यो यात्राका जोखिमहरू');
    expect(html).toContain(String(packs.ne!.ui && (packs.ne!.ui as { review: { machine: string } }).review.machine));
  });

  it('has a helpline of both countries for every corridor that has one', async () => {
    const en = packs.en!;
    for (const p of en.pathways) {
      const html = await make('en', p.id);
      const links = new Set(hrefs(html));
      for (const country of [p.origin, p.destination]) {
        // Lines a reader from the origin can use in this country, worked out here independently.
        const eligible = en.services.filter(
          (s) =>
            s.country === country &&
            s.status !== 'inactive' &&
            (s.serves.nationalities === 'all' || s.serves.nationalities.includes(p.origin)) &&
            s.phones.some((ph) => ph.kind === 'hotline' || ph.kind === 'office'),
        );
        if (!eligible.length) continue;
        const tels = eligible.flatMap((s) => s.phones.filter((ph) => ph.kind === 'hotline' || ph.kind === 'office').map((ph) => `tel:${ph.e164 ?? ph.number}`));
        expect(tels.some((t) => links.has(t)), `${p.id}: a helpline in ${country}`).toBe(true);
      }
    }
  });

  it('names the saved file by corridor and language', () => {
    expect(leafletDownloadName(pathway('ne', 'np-qa'), 'ne')).toBe('saferoute-np-qa-ne.html');
  });
});

describe('leaflet budget (60 KB gzip, 150 KB raw, font included)', () => {
  it('holds for the largest corridor in every language, with the built font subset', async () => {
    for (const pack of Object.values(packs)) {
      let largest = { id: '', bytes: 0 };
      for (const p of pack.pathways) {
        const bytes = gzipSync(await leafletHtml(pack, p, { appOrigin: ORIGIN, built: BUILT })).length;
        if (bytes > largest.bytes) largest = { id: p.id, bytes };
      }
      const { html, fontBytes } = await buildLeaflet(pack, pathway(pack.lang, largest.id), { origin: ORIGIN, built: BUILT }, scriptFontFile(process.cwd(), pack.lang));
      expect(Buffer.byteLength(html), `${pack.lang}/${largest.id} raw`).toBeLessThanOrEqual(150_000);
      expect(gzipSync(html, { level: 9 }).length, `${pack.lang}/${largest.id} gzip`).toBeLessThanOrEqual(60_000);
      if (['my', 'km', 'lo'].includes(pack.lang)) {
        expect(fontBytes, pack.lang).toBeGreaterThan(1000);
        expect(html).toContain('font-src data:');
        // A subset, not the whole font.
        expect(fontBytes!).toBeLessThan(scriptFontFile(process.cwd(), pack.lang)!.length);
      } else expect(fontBytes).toBeUndefined();
    }
  }, 60_000);
});
