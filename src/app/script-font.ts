/**
 * System fonts first: Android ships Noto for nearly every script we use. Burmese, Khmer and Lao
 * are where phones still most often fall short (no font, or a Zawgyi font that garbles Unicode
 * Burmese), so for those three, and only when the phone cannot draw the script properly, a
 * small subset font is fetched from our own origin and cached for offline use.
 */
interface WebFont {
  family: string;
  url: string;
  /** Text in the script, for measuring. */
  sample: string;
}

export const WEB_FONTS: Record<string, WebFont> = {
  my: { family: 'SafeRoute Myanmar', url: '/fonts/noto-sans-myanmar.woff2', sample: 'မြန်မာ' },
  km: { family: 'SafeRoute Khmer', url: '/fonts/noto-sans-khmer.woff2', sample: 'ខ្មែរ' },
  lo: { family: 'SafeRoute Lao', url: '/fonts/noto-sans-lao.woff2', sample: 'ລາວ' },
};

/** A code point no font draws: its width is the width of an empty box. */
const MISSING = '\u{10FFFD}';

/** Whether the phone draws `lang`'s script with real glyphs, in Unicode order. */
export function scriptRenders(lang: string): boolean {
  const font = WEB_FONTS[lang];
  if (!font) return true;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return true;
  ctx.font = '40px sans-serif';
  const chars = [...font.sample];
  const boxes = ctx.measureText(MISSING.repeat(chars.length)).width;
  if (Math.abs(ctx.measureText(font.sample).width - boxes) < 1) return false;
  if (lang === 'my') {
    // A Zawgyi font draws the Unicode stacking mark as a glyph of its own, so a stacked pair
    // comes out much wider than one consonant; Unicode fonts stack it underneath.
    const single = ctx.measureText('က').width;
    if (ctx.measureText('က္က').width > single * 1.6) return false;
  }
  return true;
}

/** Loads the subset font for `lang` when the phone needs it; resolves true when one was loaded. */
export async function ensureScriptFont(lang: string): Promise<boolean> {
  const font = WEB_FONTS[lang];
  if (!font || !('FontFace' in window)) return false;
  const forced = localStorage.getItem('saferoute:webfont') === 'force';
  if (!forced && scriptRenders(lang)) return false;
  const face = new FontFace(font.family, `url(${font.url}) format('woff2')`, { display: 'swap' });
  await face.load();
  document.fonts.add(face);
  document.documentElement.classList.add(`webfont-${lang}`);
  return true;
}
