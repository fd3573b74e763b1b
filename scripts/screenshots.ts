/**
 * npm run screenshots — 360×740 captures of the home page and one risk page in every built
 * language, into docs/screenshots/, for checking by eye (glyphs, clipping, direction).
 *   --langs en,si   only these languages
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromiumPath } from './lib/chromium-path';
import { startServer } from './serve';

const PORT = 4189;
const OUT = 'docs/screenshots';
const PAGES = { home: '/{lang}/', risk: '/{lang}/risks/scam-centre-recruitment' };

if (!existsSync('dist/packs/manifest.json')) {
  console.error('No build found. Run npm run build first.');
  process.exit(1);
}
const built = Object.keys((JSON.parse(readFileSync('dist/packs/manifest.json', 'utf8')) as { packs: object }).packs);
const i = process.argv.indexOf('--langs');
const langs = i > 0 ? process.argv[i + 1]!.split(',').filter((l) => built.includes(l)) : built;

mkdirSync(OUT, { recursive: true });
const server = await startServer('dist', PORT);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-background-networking'] });
const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
const page = await context.newPage();
for (const lang of langs) {
  for (const [name, pattern] of Object.entries(PAGES)) {
    await page.goto(`http://localhost:${PORT}${pattern.replace('{lang}', lang)}`);
    await page.waitForFunction(() => document.documentElement.classList.contains('ready'));
    await page.evaluate(() => document.fonts.ready);
    const file = `${OUT}/${lang}-${name}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
}
await browser.close();
server.close();
