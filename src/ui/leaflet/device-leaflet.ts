/**
 * A leaflet made on the phone from the pack it holds, so a counsellor can make one offline.
 * The phone has no font subsetter: it inlines the whole script font (the one the app fetches on
 * demand, kept by the service worker) when the file still fits its budget, and otherwise leaves
 * the font to the reader's phone and says so in the file.
 */
import type { Pack, PathwayEntry } from '../../content/pack';
import { WEB_FONTS } from '../../app/script-font';
import { LEAFLET_BUDGET } from './leaflet-budget';
import { leafletHtml, type LeafletOptions } from './leaflet-html';

async function gzipBytes(text: string): Promise<number | undefined> {
  if (typeof CompressionStream === 'undefined') return undefined;
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/** Whether a leaflet is inside its budget; raw size alone where the phone cannot gzip. */
export async function fitsBudget(html: string): Promise<boolean> {
  if (new TextEncoder().encode(html).length > LEAFLET_BUDGET.raw) return false;
  const gzip = await gzipBytes(html);
  return gzip === undefined || gzip <= LEAFLET_BUDGET.gzip;
}

async function wholeFont(lang: string): Promise<Uint8Array | undefined> {
  const font = WEB_FONTS[lang];
  if (!font) return undefined;
  try {
    const response = await fetch(font.url);
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
  } catch {
    // Offline and never fetched before: the file is still worth having with system fonts.
    return undefined;
  }
}

export async function deviceLeaflet(pack: Pack, pathway: PathwayEntry, options: Omit<LeafletOptions, 'font' | 'styleNote'>): Promise<string> {
  const family = WEB_FONTS[pack.lang]?.family;
  const woff2 = family ? await wholeFont(pack.lang) : undefined;
  if (family && woff2) {
    const html = await leafletHtml(pack, pathway, { ...options, font: { family, woff2 } });
    if (await fitsBudget(html)) return html;
  }
  const styleNote = family
    ? 'No font inside: made on a phone, which cannot cut the script font down to the budget (or had none offline). The reader\'s own system font draws the text.'
    : undefined;
  return leafletHtml(pack, pathway, { ...options, styleNote });
}
