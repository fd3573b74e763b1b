import { expect, test, type Page } from '@playwright/test';
import { waitForApp } from './support/app';

const NEUTRAL = /^https:\/\/www\.google\.com\/search\?q=weather/;

/** The neutral page is answered locally: tests make no request to the internet. */
async function stubNeutralPage(page: Page) {
  await page.context().route(NEUTRAL, (route) => route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }));
}

test('quick exit leaves at once and Back does not return to the app', async ({ page }) => {
  await stubNeutralPage(page);
  await page.goto('/en/');
  await page.goto('/en/risks/passport-confiscation');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL(NEUTRAL);
  // location.replace: the risk page is gone from history, Back lands on the page before it.
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/$/);
});

test('the Escape key is a quick exit too', async ({ page }) => {
  await stubNeutralPage(page);
  await page.goto('/ur/services/');
  await waitForApp(page);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(NEUTRAL);
});

test('quick exit is on every screen type', async ({ page }) => {
  for (const path of ['/en/', '/en/stages/before', '/en/risks/visit-visa-work', '/en/pathways/lk-kr', '/en/services/', '/en/settings']) {
    await page.goto(path);
    await expect(page.locator('.quick-exit button')).toBeVisible();
  }
});
