import { expect, test } from '@playwright/test';
import { copyFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { waitForApp } from './support/app';

/** The corridors a figurehead would forward, in the language of the people who travel them. */
const LEAFLETS = [
  { lang: 'ne', corridor: 'np-qa', script: /[\u0900-\u097F]/ },
  { lang: 'bn', corridor: 'bd-my', script: /[\u0980-\u09FF]/ },
  { lang: 'my', corridor: 'mm-th', script: /[\u1000-\u109F]/ },
];

for (const l of LEAFLETS) {
  test(`the ${l.lang} ${l.corridor} leaflet opens from a file with no network, fits 360 px and can call`, async ({ browser }) => {
    // As on a phone that received it: a copy in a fresh folder, nothing beside it.
    const dir = mkdtempSync(join(tmpdir(), 'leaflet-'));
    const file = join(dir, `saferoute-${l.corridor}-${l.lang}.html`);
    copyFileSync(`dist/leaflets/${l.lang}/${l.corridor}.html`, file);
    const body = readFileSync(file);
    expect(statSync(file).size).toBeLessThanOrEqual(150 * 1024);
    expect(gzipSync(body).length).toBeLessThanOrEqual(60 * 1024);

    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, offline: true });
    const requests: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', (route) => {
      if (!route.request().url().startsWith('file:')) requests.push(route.request().url());
      return route.request().url().startsWith('file:') ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    await page.evaluate(() => document.fonts.ready);

    await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
    await expect(page.locator('h1')).toContainText(l.script);
    expect(await page.locator('script').count()).toBe(0);
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);

    const tel = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(tel.length).toBeGreaterThan(0);
    for (const href of tel) expect(href).toMatch(/^tel:\+?\d{3,15}$/);
    for (const href of await page.locator('a[href^="https://wa.me/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(href).toMatch(/^https:\/\/wa\.me\/\d{8,15}$/);
    }
    if (l.lang === 'my') {
      // The Burmese font travels inside the file: a phone without one still reads it.
      expect(await page.evaluate(() => document.fonts.check('16px "SafeRoute Myanmar"', 'မြန်မာ'))).toBe(true);
      expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('SafeRoute Myanmar') && f.status === 'loaded'))).toBe(true);
    }
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('"Save for sharing offline" on a pathway page gives a leaflet file made on the phone', async ({ page }) => {
  await page.goto('/ne/pathways/np-qa');
  await waitForApp(page);
  // Where a phone cannot share files, the leaflet is downloaded instead.
  await page.evaluate(() => Object.defineProperty(navigator, 'canShare', { value: undefined, configurable: true }));
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.save-leaflet').click()]);
  expect(download.suggestedFilename()).toBe('saferoute-np-qa-ne.html');
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html).toContain('<html lang="ne"');
  expect(html).toContain('tel:');
  expect(html).not.toContain('<script');
});
