/**
 * On the phone there is no subsetter: the whole script font goes in when the file still fits
 * its budget, and otherwise the file relies on the reader's fonts and says so.
 */
import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPacks } from '../../../../scripts/content/compile-packs';
import { loadContent } from '../../../../scripts/content/load-content';
import { scriptFontFile } from '../../../../scripts/lib/leaflets';
import type { Pack } from '../../../../src/content/pack';
import { deviceLeaflet } from '../../../../src/ui/leaflet/device-leaflet';

let packs: Record<string, Pack>;
beforeAll(() => {
  packs = buildPacks(loadContent().content, '2026-12-04');
});
afterEach(() => vi.unstubAllGlobals());

/** The app's on-demand font, as the service worker would hand it over. */
const serveFonts = () =>
  vi.stubGlobal('fetch', async (url: string) => {
    const lang = { '/fonts/noto-sans-myanmar.woff2': 'my', '/fonts/noto-sans-khmer.woff2': 'km', '/fonts/noto-sans-lao.woff2': 'lo' }[url];
    const bytes = lang && scriptFontFile(process.cwd(), lang);
    return bytes ? new Response(new Blob([new Uint8Array(bytes)])) : new Response('', { status: 404 });
  });
const make = (lang: string, id: string) =>
  deviceLeaflet(packs[lang]!, packs[lang]!.pathways.find((p) => p.id === id)!, { appOrigin: 'https://saferoute.example', built: '2026-12-04' });
const within = (html: string) => Buffer.byteLength(html) <= 150_000 && gzipSync(html).length <= 60_000;

describe('a leaflet made on the phone', () => {
  it('inlines the whole Khmer and Lao fonts and stays within budget', async () => {
    serveFonts();
    for (const [lang, id] of [['km', 'kh-kr'], ['lo', 'la-th']] as const) {
      const html = await make(lang, id);
      expect(html, lang).toMatch(/@font-face\{font-family:"SafeRoute (Khmer|Lao)";src:url\(data:font\/woff2;base64,/);
      expect(within(html), lang).toBe(true);
    }
  });

  it('never goes over budget for Burmese: the whole font only where it fits, a note otherwise', async () => {
    serveFonts();
    for (const p of packs.my!.pathways) {
      const html = await make('my', p.id);
      expect(within(html), p.id).toBe(true);
      if (!html.includes('@font-face')) expect(html, p.id).toMatch(/\/\* No font inside: made on a phone/);
    }
  }, 60_000);

  it('still makes the file offline when the font was never fetched', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const html = await make('my', 'mm-th');
    expect(html).not.toContain('@font-face');
    expect(html).toContain('No font inside');
    expect(html).toContain('tel:');
  });

  it('has no font and no note for a script every phone draws', async () => {
    serveFonts();
    const html = await make('ne', 'np-qa');
    expect(html).not.toContain('@font-face');
    expect(html).not.toContain('No font inside');
  });
});
