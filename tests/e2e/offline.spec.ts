import { expect, test } from '@playwright/test';
import { expectReadable, visitThenGoOffline, waitForApp, watch } from './support/app';

const ROUTES = {
  'language picker': '/',
  home: '/en/',
  stage: '/en/stages/border',
  'risk message': '/en/risks/visit-visa-work',
  'pathway list': '/en/pathways/',
  pathway: '/en/pathways/lk-kr',
  directory: '/en/services/',
  service: '/en/services/lk-slbfe-hotline',
  settings: '/en/settings',
};

for (const [name, path] of Object.entries(ROUTES)) {
  test(`a visited ${name} page reloads with no network`, async ({ context, page, baseURL }) => {
    const seen = watch(page, baseURL!);
    await visitThenGoOffline(context, page, path);
    const title = await page.title();
    await page.reload();
    await waitForApp(page);
    await expectReadable(page);
    expect(await page.title()).toBe(title);
    expect(seen.errors).toEqual([]);
  });
}

test('after one visit, pages of that language never opened before also work offline', async ({ context, page, baseURL }) => {
  const seen = watch(page, baseURL!);
  await visitThenGoOffline(context, page, '/en/');
  await page.goto('/en/risks/passport-confiscation');
  await waitForApp(page);
  await expect(page.locator('h1')).toContainText(/passport/i);
  await page.goto('/en/services/?country=TH');
  await waitForApp(page);
  await expect(page.locator('.result-count')).toContainText(/\d+ services?/);
  expect(seen.errors).toEqual([]);
});

test('a language downloaded in settings works offline without having been visited', async ({ context, page }) => {
  await page.goto('/en/settings');
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller);
  await waitForApp(page);
  const urdu = page.locator('.download-list li', { has: page.locator('[lang="ur"]') });
  await urdu.getByRole('button').click();
  await expect(urdu.locator('.tag.ok')).toBeVisible();
  await context.setOffline(true);
  await page.goto('/ur/pathways/lk-kr');
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectReadable(page);
});
