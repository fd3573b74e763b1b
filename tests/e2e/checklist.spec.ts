import { expect, test } from '@playwright/test';
import { waitForApp } from './support/app';

test('pathway checklist ticks survive a reload, and are counted', async ({ page }) => {
  await page.goto('/en/pathways/lk-kr');
  await waitForApp(page);
  const boxes = page.locator('.checklist input[type="checkbox"]');
  const total = await boxes.count();
  expect(total).toBeGreaterThan(1);
  await expect(boxes.first()).toBeEnabled();
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(page.locator('.checklist .progress')).toHaveText(`2 of ${total} steps done`);
  await page.reload();
  await waitForApp(page);
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
  await expect(boxes.nth(2)).not.toBeChecked();
  await boxes.nth(0).uncheck();
  await page.reload();
  await waitForApp(page);
  await expect(page.locator('.checklist .progress')).toHaveText(`1 of ${total} step done`);
});

test('clear everything removes ticks and saved data from the device', async ({ page }) => {
  await page.goto('/en/pathways/np-kr');
  await waitForApp(page);
  await page.locator('.checklist input').first().check();
  await page.goto('/en/settings');
  await waitForApp(page);
  page.once('dialog', (d) => void d.accept());
  await page.context().route(/^https:\/\/www\.google\.com\//, (route) => route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }));
  await page.getByRole('button', { name: 'Clear everything on this device' }).click();
  // A neutral page, not one of ours (which would install the app again).
  await expect(page).toHaveURL(/^https:\/\/www\.google\.com\/search\?q=weather/);
  await page.goto('/en/pathways/np-kr');
  await waitForApp(page);
  await expect(page.locator('.checklist input').first()).not.toBeChecked();
});
