/**
 * Link-preview images (og:image) for every risk message and pathway in every language, plus
 * one per language for other pages. Drawn by Chromium, the same text engine as the phones
 * that read them, so Sinhala, Burmese or Urdu are shaped correctly (pure-JS SVG renderers
 * are not). Images are cached by content, so an unchanged page is not drawn again.
 * Without Chromium the build goes on without images and says so.
 */
import { chromium, type Browser } from '@playwright/test';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from '../src/app/document';
import type { Pack } from '../src/content/pack';
import { language } from '../src/i18n/languages';
import { chromiumPath } from './lib/chromium-path';
import { missingScriptFonts } from './lib/script-fonts';
import { boxedCharacters, describeCharacter } from './lib/glyph-check';

const TEMPLATE_VERSION = '2';
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  lang: string;
  /** Path under dist, e.g. /og/si/risk-visit-visa-work.jpg */
  path: string;
  title: string;
  summary: string;
}

/** The images to draw: one per risk and pathway per language, and one for the language. */
export function ogCards(packs: Record<string, Pack>): OgCard[] {
  const cards: OgCard[] = [];
  for (const [lang, pack] of Object.entries(packs)) {
    const ui = pack.ui as { app: { name: string; tagline: string } };
    cards.push({ lang, path: `/og/${lang}/site.jpg`, title: ui.app.name, summary: ui.app.tagline });
    for (const r of pack.risks) cards.push({ lang, path: `/og/${lang}/risk-${r.id}.jpg`, title: r.text.title, summary: r.text.summary });
    for (const p of pack.pathways) cards.push({ lang, path: `/og/${lang}/pathway-${p.id}.jpg`, title: p.text.title, summary: p.text.summary });
  }
  return cards;
}

function cardHtml(card: OgCard): string {
  const meta = language(card.lang);
  // A risk title in Sinhala runs much longer than in English: shrink the type for long titles.
  const titleSize = [...card.title].length > 60 ? 56 : 68;
  // Nastaliq climbs and descends far more than Latin: without room its lines collide.
  const tall = card.lang === 'ur' ? 2.1 : meta.script === 'Arab' ? 1.7 : 1.4;
  return `<!doctype html><html lang="${card.lang}" dir="${meta.dir}"><head><meta charset="utf-8"><style>
    html,body{margin:0;width:${OG_WIDTH}px;height:${OG_HEIGHT}px}
    body{box-sizing:border-box;padding:64px 72px;background:#0d5c4a;color:#fff;font-family:${meta.fontStack};display:flex;flex-direction:column}
    h1{font-size:${card.lang === 'ur' ? titleSize - 10 : titleSize}px;line-height:${tall};margin:0 0 28px;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
    p{font-size:${card.lang === 'ur' ? 30 : 36}px;line-height:${tall + 0.15};margin:0;color:#e6f2ee;display:-webkit-box;-webkit-line-clamp:${card.lang === 'ur' ? 3 : 4};-webkit-box-orient:vertical;overflow:hidden}
    footer{margin-top:auto;font:600 30px system-ui,'Noto Sans',sans-serif;direction:ltr;text-align:left;opacity:.9}
  </style></head><body><h1>${escapeHtml(card.title)}</h1><p>${escapeHtml(card.summary)}</p><footer>SafeRoute</footer></body></html>`;
}

const cacheKey = (card: OgCard) =>
  createHash('sha256').update(JSON.stringify([TEMPLATE_VERSION, card.lang, card.title, card.summary])).digest('hex').slice(0, 24);

/**
 * Draws every card into dist (from the cache where possible). Returns the set of image paths
 * written, or null when no Chromium is available.
 */
export async function writeOgImages(cards: OgCard[], dist: string, cacheDir: string): Promise<Set<string> | null> {
  let executablePath: string;
  try {
    executablePath = chromiumPath();
  } catch {
    return null;
  }
  mkdirSync(cacheDir, { recursive: true });
  const todo = cards.filter((c) => !existsSync(join(cacheDir, `${cacheKey(c)}.jpg`)));
  const missing = missingScriptFonts([...new Set(todo.map((c) => c.lang))]);
  if (missing.length) {
    throw new Error(
      `No installed font can draw ${missing.map((m) => `${m.script} (${m.lang})`).join(', ')}: link previews would show boxes. ` +
        'Install the Noto fonts (apt-get install fonts-noto-core) and build again.',
    );
  }
  if (todo.length) {
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });
      const context = await browser.newContext({ viewport: { width: OG_WIDTH, height: OG_HEIGHT }, deviceScaleFactor: 1 });
      // Two pages at once: this machine class has two cores.
      const queue = [...todo];
      const boxed: string[] = [];
      await Promise.all(
        [0, 1].map(async () => {
          const page = await context.newPage();
          for (let card = queue.shift(); card; card = queue.shift()) {
            await page.setContent(cardHtml(card));
            await page.evaluate(() => document.fonts.ready);
            const missing = await boxedCharacters(page);
            if (missing.length) {
              boxed.push(`${card.path} (${card.lang}, ${language(card.lang).script}): ${missing.map(describeCharacter).join(', ')}`);
              continue;
            }
            await page.screenshot({ path: join(cacheDir, `${cacheKey(card)}.jpg`), type: 'jpeg', quality: 80 });
          }
        }),
      );
      if (boxed.length) {
        throw new Error(
          `Link-preview images would show boxes instead of letters, because no installed font draws these characters:\n  ${boxed.join('\n  ')}\n` +
            'Install the Noto fonts (apt-get install fonts-noto-core) and build again.',
        );
      }
    } finally {
      await browser?.close();
    }
  }
  const written = new Set<string>();
  for (const card of cards) {
    const out = join(dist, card.path);
    mkdirSync(join(out, '..'), { recursive: true });
    copyFileSync(join(cacheDir, `${cacheKey(card)}.jpg`), out);
    written.add(card.path);
  }
  return written;
}
