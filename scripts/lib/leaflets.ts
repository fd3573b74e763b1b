/**
 * The corridor leaflets: one self-contained HTML file per corridor with a pathway, in every
 * language, at dist/leaflets/<lang>/<origin>-<destination>.html, and an index page. The HTML
 * comes from the same function the phone runs (src/ui/leaflet/); only the font differs:
 * here harfbuzz cuts it down to the glyphs the one file uses, which a phone cannot do.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import subsetFont from 'subset-font';
import type { Pack, PathwayEntry } from '../../src/content/pack';
import { WEB_FONTS } from '../../src/app/script-font';
import { leafletFileName, leafletHtml } from '../../src/ui/leaflet/leaflet-html';
import type { LeafletFont } from '../../src/ui/leaflet/leaflet-style';
import { countryName } from '../../src/i18n/format';
import { language } from '../../src/i18n/languages';
import { registerLocaleData } from '../../src/i18n/locale-data';
import { writeFilesAtomically, type FileWrite } from '../write-atomically';

export const LEAFLET_DIR = 'leaflets';

/** The @fontsource package of each script that phones often cannot draw (Noto, SIL OFL). */
const FONT_PACKAGES: Record<string, string> = { my: 'myanmar', km: 'khmer', lo: 'lao' };

/** The whole Noto woff2 for a language whose script needs one; undefined for the others. */
export function scriptFontFile(root: string, lang: string): Uint8Array | undefined {
  const name = FONT_PACKAGES[lang];
  if (!name) return undefined;
  return readFileSync(join(root, `node_modules/@fontsource/noto-sans-${name}/files/noto-sans-${name}-${name}-400-normal.woff2`));
}

export interface LeafletFile {
  /** Relative to dist, e.g. leaflets/ne/np-qa.html. */
  path: string;
  lang: string;
  bytes: number;
  gzipBytes: number;
  /** Bytes of the inlined font subset, when there is one. */
  fontBytes?: number;
}

export interface LeafletBuild {
  root: string;
  dist: string;
  /** Where the full app lives, for the leaflet's one web link. */
  origin: string;
  /** The build date, printed in every file. */
  built: string;
}

/** One corridor's leaflet, with the script font cut down to the glyphs this file uses. */
export async function buildLeaflet(
  pack: Pack,
  pathway: PathwayEntry,
  build: Pick<LeafletBuild, 'origin' | 'built'>,
  whole: Uint8Array | undefined,
): Promise<{ html: string; fontBytes?: number }> {
  const options = { appOrigin: build.origin, built: build.built };
  const html = await leafletHtml(pack, pathway, options);
  const family = WEB_FONTS[pack.lang]?.family;
  if (!whole || !family) return { html };
  // The text is the same with or without the font, so the first render names every glyph.
  const font: LeafletFont = { family, woff2: await subsetFont(whole, html, { targetFormat: 'woff2' }) };
  return { html: await leafletHtml(pack, pathway, { ...options, font }), fontBytes: font.woff2.length };
}

/** Writes every leaflet and the index; returns what it wrote, for the size report. */
export async function writeLeaflets(packs: Record<string, Pack>, build: LeafletBuild): Promise<LeafletFile[]> {
  const writes: FileWrite[] = [];
  const written: LeafletFile[] = [];
  for (const pack of Object.values(packs)) {
    const whole = scriptFontFile(build.root, pack.lang);
    for (const pathway of pack.pathways) {
      const { html, fontBytes } = await buildLeaflet(pack, pathway, build, whole);
      const path = join(LEAFLET_DIR, pack.lang, leafletFileName(pathway));
      writes.push({ path: join(build.dist, path), body: html });
      written.push({ path, lang: pack.lang, bytes: Buffer.byteLength(html), gzipBytes: gzipSync(html, { level: 9 }).length, fontBytes });
    }
  }
  writes.push({ path: join(build.dist, LEAFLET_DIR, 'index.html'), body: leafletIndex(packs) });
  for (const lang of Object.keys(packs)) mkdirSync(join(build.dist, LEAFLET_DIR, lang), { recursive: true });
  writeFilesAtomically(writes);
  return written;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const e = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/**
 * A plain list of every leaflet, grouped by language, each language in its own name and
 * direction. No style at all, so its policy can allow nothing.
 */
export function leafletIndex(packs: Record<string, Pack>): string {
  const sections = Object.values(packs).map((pack) => {
    registerLocaleData(pack.lang, pack.locale);
    const lang = language(pack.lang);
    const items = pack.pathways
      .map((p) => `<li><a href="${pack.lang}/${leafletFileName(p)}">${e(countryName(p.origin, pack.lang))} → ${e(countryName(p.destination, pack.lang))}</a></li>`)
      .join('');
    return `<section lang="${pack.lang}" dir="${lang.dir}"><h2>${e(lang.name)} <small lang="en" dir="ltr">(${e(lang.englishName)})</small></h2><ul>${items}</ul></section>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SafeRoute leaflets</title>
</head>
<body>
<h1>SafeRoute leaflets</h1>
<p>One file per journey and language. Save it, send it on WhatsApp, Bluetooth or a memory card; it opens without internet.</p>
${sections.join('\n')}
</body>
</html>
`;
}
