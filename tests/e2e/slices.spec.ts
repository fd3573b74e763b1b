import { expect, test, type Page } from '@playwright/test';

const FULL_PACK = /\/packs\/si\.[0-9a-f]+\.json$/;
const SLICE = /\/packs\/si\/slice\.[0-9a-f]+\.json$/;

/** Holds the whole Sinhala pack back until `release()`, as a slow 2G line would. */
async function holdFullPack(page: Page) {
  let release!: () => void;
  let asked!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const askedFor = new Promise<void>((resolve) => (asked = resolve));
  await page.route(FULL_PACK, async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return Object.assign(release, { askedFor });
}

/** The page's headings, lead and list items: what the reader reads, with or without script. */
const readText = (page: Page) => page.locator('main').locator('h1, h2, p.lead, li').allInnerTexts();

test('a page answers taps from its slice while the whole pack is still on its way, and shows what it showed before', async ({ page, browser }) => {
  const path = '/si/risks/visit-visa-work';
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(path);
  const prerendered = await readText(plain);
  await noScript.close();
  expect(prerendered.length).toBeGreaterThan(5);

  const release = await holdFullPack(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.goto(path);
  await page.waitForFunction(() => document.documentElement.classList.contains('ready'));
  expect(await page.evaluate(() => document.documentElement.dataset.pack)).toBeUndefined();
  expect(requested.some((p) => SLICE.test(p))).toBe(true);
  expect(await readText(page)).toEqual(prerendered);

  // Interactive: the share sheet opens, from the slice alone.
  await page.locator('.share-button').click();
  await expect(page.locator('.share-sheet')).toBeVisible();

  release();
  await page.waitForFunction(() => document.documentElement.dataset.pack === 'full');
  expect(requested.some((p) => FULL_PACK.test(p))).toBe(true);
});

test('the directory is interactive from its slice, and a search typed before the whole pack arrives is answered once it does', async ({ page }) => {
  const release = await holdFullPack(page);
  await page.goto('/si/services/');
  await page.waitForFunction(() => document.documentElement.classList.contains('ready'));
  const all = await page.locator('.card-list > li').count();
  expect(all).toBeGreaterThan(20);
  await page.locator('input[type="search"]').fill('1989');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.pack === 'full');
  await expect(page.locator('.card-list > li').first()).toContainText('1989');
  expect(await page.locator('.card-list > li').count()).toBeLessThan(all);
});

test('a tampered slice is refused: the page falls back to the whole pack and never shows the false number', async ({ page }) => {
  await page.route(SLICE, async (route) => {
    const res = await route.fetch();
    await route.fulfill({ status: 200, contentType: 'application/json', body: (await res.text()).replaceAll('1989', '0000') });
  });
  const release = await holdFullPack(page);
  await page.goto('/si/risks/visit-visa-work');
  // A slice that was accepted would make the page interactive before the whole pack is asked
  // for; a refused one sends the page straight to the whole pack.
  await release.askedFor;
  expect(await page.evaluate(() => document.documentElement.classList.contains('ready'))).toBe(false);
  await expect(page.locator('body')).not.toContainText('0000');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.pack === 'full');
  await expect(page.locator('body')).not.toContainText('0000');
  await expect(page.locator('.helpline-bar')).toContainText('1989');
});
