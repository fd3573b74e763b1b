import { expect, test, type Page } from '@playwright/test';
import { waitForApp, waitForServiceWorker } from './support/app';

const NEUTRAL = /^https:\/\/www\.google\.com\/search\?q=weather/;

async function stubNeutralPage(page: Page) {
  await page.context().route(NEUTRAL, (route) => route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }));
}

/** Answers the page's own pack with `bad` the first `times` times, then lets the real one through. */
async function damagePack(page: Page, lang: string, bad: (good: string) => string, times = Infinity): Promise<RegExp> {
  let served = 0;
  const packs = new RegExp(`/packs/${lang}\\.[0-9a-f]+\\.json`);
  await page.route(packs, async (route) => {
    if (served++ >= times) return route.continue();
    const res = await route.fetch();
    await route.fulfill({ status: 200, contentType: 'application/json', body: bad(await res.text()) });
  });
  return packs;
}

/** The pack in the cache for `lang`, if any, and whether its bytes are what the page expects. */
async function cachedPackIsIntact(page: Page, lang: string) {
  return page.evaluate(async (lang) => {
    const url = document.querySelector<HTMLMetaElement>('meta[name="saferoute:pack"]')?.content;
    const sha = document.querySelector<HTMLMetaElement>('meta[name="saferoute:pack-sha256"]')?.content;
    const cache = await caches.open('saferoute-packs');
    const keys = (await cache.keys()).filter((r) => new URL(r.url).pathname.startsWith(`/packs/${lang}.`));
    const res = url ? await cache.match(url) : undefined;
    if (!res) return { entries: keys.length, intact: false };
    const digest = await crypto.subtle.digest('SHA-256', await res.arrayBuffer());
    const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    return { entries: keys.length, intact: hex === sha };
  }, lang);
}

test.describe('a damaged pack never breaks a language', () => {
  for (const [name, bad] of [
    ['a body cut short', (good: string) => good.slice(0, Math.floor(good.length * 0.37))],
    ["a captive portal's login page", () => '<!doctype html><title>Wi-Fi login</title><form>Log in</form>'],
    ['a tampered pack that is still valid JSON', (good: string) => good.replaceAll('1989', '0000')],
  ] as const) {
    test(`${name} is refused, fetched again, and the page works with the true text`, async ({ page }) => {
      await damagePack(page, 'si', bad, 1);
      await page.goto('/si/risks/visit-visa-work');
      await waitForApp(page);
      await expect(page.locator('h1')).toContainText(/[\u0D80-\u0DFF]/);
      expect(await cachedPackIsIntact(page, 'si')).toEqual({ entries: 1, intact: true });
    });
  }

  test('when every copy is bad, the reader is told in their language, nothing bad is kept, and Try again heals it', async ({ page }) => {
    const packs = await damagePack(page, 'si', (good) => good.replaceAll('1989', '0000'));
    await page.goto('/si/risks/visit-visa-work');
    const notice = page.locator('.rescue .notice');
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(notice).toContainText(/[\u0D80-\u0DFF]/);
    await expect(page.locator('.rescue .quick-exit button')).toBeVisible();
    expect((await cachedPackIsIntact(page, 'si')).entries).toBe(0);
    // The network is good again.
    await page.unroute(packs);
    await Promise.all([page.waitForEvent('load'), page.locator('.rescue .actions-row button').click()]);
    await waitForApp(page);
    expect(await cachedPackIsIntact(page, 'si')).toEqual({ entries: 1, intact: true });
    await expect(page.locator('a[href="tel:0000"]')).toHaveCount(0);
  });
});

test('a language that is not on the phone shows, offline, a screen in that language with quick exit and helplines', async ({ page, context }) => {
  await page.goto('/en/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/km/risks/scam-centre-recruitment');
  const rescue = page.locator('.rescue');
  await expect(rescue).toBeVisible({ timeout: 20_000 });
  await expect(rescue.locator('.notice')).toContainText(/[\u1780-\u17FF]/);
  await expect(rescue.locator('.quick-exit button')).toBeVisible();
  await expect(rescue.locator('a[href^="tel:"]').first()).toBeVisible();
  await expect(rescue.locator('a[href="/"]')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('km');
});

test('with "don\'t keep my history", quick exit then Back does not return to any SafeRoute page', async ({ page }) => {
  await stubNeutralPage(page);
  await page.goto('/en/settings');
  await waitForApp(page);
  await page.locator('input[name="no-history"]').check();
  await page.locator('.bottom-nav a[href="/en/"]').click();
  await waitForApp(page);
  await page.locator('a[href="/en/stages/before"]').first().click();
  await waitForApp(page);
  await page.locator('a[href^="/en/risks/"]').first().click();
  await waitForApp(page);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack().catch(() => undefined);
  expect(page.url()).not.toMatch(/localhost:\d+\/en\//);
});

test('"Clear everything" leaves no worker, cache, database or storage, and lands on a neutral page', async ({ page }) => {
  await stubNeutralPage(page);
  await page.goto('/en/');
  await waitForServiceWorker(page);
  await page.goto('/en/settings');
  await waitForApp(page);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Clear everything on this device' }).click();
  await expect(page).toHaveURL(NEUTRAL);
  // An inventory from a plain file of the same origin, which runs no app code.
  await page.goto('/robots.txt');
  const left = await page.evaluate(async () => ({
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    caches: await caches.keys(),
    databases: (await indexedDB.databases()).map((d) => d.name),
    local: localStorage.length,
  }));
  expect(left).toEqual({ workers: 0, caches: [], databases: [], local: 0 });
});
