import { expect, type BrowserContext, type Page } from '@playwright/test';

/** Waits until the service worker controls the page, so offline behaviour can be tested. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  // Installing precaches the whole shell; on a busy two-core CI machine running other browser
  // tests beside it, that has taken longer than 20 s. Wait for activation, then for control.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 45_000 });
}

/** Waits until the app has rendered in the browser (hydrated the static page or filled the shell). */
export async function waitForApp(page: Page): Promise<void> {
  // Interactive from the page's slice first; the whole pack follows, and tests that go on to
  // other screens, search or go offline need it.
  await page.waitForFunction(
    () => (document.documentElement.classList.contains('ready') && document.documentElement.dataset.pack === 'full') || location.pathname === '/',
  );
}

/** Collects JavaScript errors and requests to any other origin, for asserting none happened. */
export function watch(page: Page, origin: string) {
  const errors: string[] = [];
  const thirdParty: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) thirdParty.push(url);
  });
  return { errors, thirdParty };
}

/** Opens a page online, waits for the service worker, then goes offline. */
export async function visitThenGoOffline(context: BrowserContext, page: Page, path: string) {
  await page.goto(path);
  await waitForServiceWorker(page);
  await waitForApp(page);
  await context.setOffline(true);
}

export async function expectReadable(page: Page) {
  const h1 = page.locator('h1').first();
  await expect(h1).toBeVisible();
  expect((await h1.textContent())?.trim().length).toBeGreaterThan(2);
}
