/**
 * npm run screenshots — 360×740 captures of every page type (with its share sheet, filters
 * and panels open, as the layout test opens them) in every built language, into
 * docs/screenshots/, and a contact sheet (docs/screenshots/index.html) that shows them all on
 * one page, a row per language, for checking by eye: glyphs, clipping, direction.
 *   --langs en,si   only these languages (the contact sheet then lists only those)
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from './lib/chromium-path';
import { PAGE_TOUR } from './lib/page-tour';
import { startServer } from './serve';
import { PACK_MANIFEST_URL, distPath } from '../src/content/pack-urls';
import { language } from '../src/i18n/languages';
import { pathFor } from '../src/app/routes';

const PORT = 4189;
const OUT = 'docs/screenshots';
const MANIFEST = join('dist', distPath(PACK_MANIFEST_URL));

if (!existsSync(MANIFEST)) {
  console.error('No build found. Run npm run build first.');
  process.exit(1);
}
const built = Object.keys((JSON.parse(readFileSync(MANIFEST, 'utf8')) as { packs: object }).packs);
const i = process.argv.indexOf('--langs');
const langs = i > 0 ? process.argv[i + 1]!.split(',').filter((l) => built.includes(l)) : built;

mkdirSync(OUT, { recursive: true });
// Captures from an older page list would sit in the sheet's folder looking current.
if (i < 0) for (const f of readdirSync(OUT)) if (/\.(png|jpe?g)$/.test(f)) rmSync(join(OUT, f));

const server = await startServer('dist', PORT);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-background-networking'] });
const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
const page = await context.newPage();
const failed: string[] = [];
for (const lang of langs) {
  for (const stop of PAGE_TOUR) {
    const url = `http://localhost:${PORT}${pathFor({ name: 'home', lang })}${stop.path}`;
    try {
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.classList.contains('ready'));
      await stop.open?.(page);
      await page.evaluate(() => document.fonts.ready);
      // JPEG keeps 176 captures at a few MB in the repository; text stays legible at q70.
      await page.screenshot({ path: join(OUT, `${lang}-${stop.name}.jpg`), type: 'jpeg', quality: 70 });
    } catch (err) {
      failed.push(`${url}: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  console.log(`${lang}: ${PAGE_TOUR.length} pages`);
}
await browser.close();
server.close();

writeFileSync(join(OUT, 'index.html'), contactSheet(langs));
console.log(`${OUT}/index.html: ${langs.length} languages × ${PAGE_TOUR.length} page types`);
if (failed.length) {
  console.error(`${failed.length} pages could not be captured:\n  ${failed.join('\n  ')}`);
  process.exit(1);
}

function contactSheet(codes: string[]): string {
  const head = PAGE_TOUR.map((s) => `<th scope="col">${s.name}</th>`).join('');
  const rows = codes
    .map((code) => {
      const l = language(code);
      const cells = PAGE_TOUR.map((s) => {
        const file = `${code}-${s.name}.jpg`;
        return `<td><a href="${file}"><img src="${file}" width="180" height="370" loading="lazy" alt="${code} ${s.name}"></a></td>`;
      }).join('');
      return `<tr><th scope="row">${code}<br>${l.englishName}<br>${l.dir}</th>${cells}</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>SafeRoute screenshots at 360×740</title>
<style>body{font:14px system-ui,sans-serif;margin:1rem}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px;vertical-align:top}th[scope=row]{position:sticky;left:0;background:#fff;text-align:start}thead th{position:sticky;top:0;background:#fff}img{display:block}</style>
<h1>Every page type in every language, 360×740</h1>
<p>Made by <code>npm run screenshots</code> after <code>npm run build</code>. Click a picture for full size. Look for boxes instead of letters, cut-off words, sideways scrolling and reversed corridors.</p>
<table><thead><tr><th></th>${head}</tr></thead>
<tbody>
${rows}
</tbody></table>
</html>
`;
}
