import { expect, test } from '@playwright/test';
import { visitThenGoOffline, waitForApp } from './support/app';

test('search narrows results as you type, and the URL follows', async ({ page }) => {
  await page.goto('/en/services/');
  await waitForApp(page);
  const count = page.locator('.result-count');
  const all = Number((await count.textContent())!.match(/\d+/)![0]);
  await page.getByLabel('Name, place or type of help').fill('trafficking');
  await expect(count).not.toHaveText(`${all} services`);
  const found = Number((await count.textContent())!.match(/\d+/)![0]);
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(all);
  await expect(page).toHaveURL(/\/en\/services\/\?q=trafficking$/);
  for (const title of await page.locator('.service-card .card-title').allTextContents()) expect(title.length).toBeGreaterThan(0);
});

test('filters by country and category, shown in a shareable URL', async ({ page }) => {
  await page.goto('/en/services/');
  await waitForApp(page);
  await page.locator('select[name=country]').selectOption('TH');
  await page.locator('select[name=category]').selectOption('hotline');
  await expect(page).toHaveURL(/country=TH/);
  await expect(page).toHaveURL(/category=hotline/);
  const cards = page.locator('.service-card');
  await expect(cards.first()).toBeVisible();
  for (const sub of await cards.locator('.card-sub').allTextContents()) {
    expect(sub).toContain('Thailand');
    expect(sub).toContain('Helpline');
  }
});

test('a shared filter URL opens with the same results, also without JavaScript', async ({ page, browser }) => {
  const url = '/en/services/?country=MY&category=hotline';
  await page.goto(url);
  await waitForApp(page);
  await expect(page.locator('select[name=country]')).toHaveValue('MY');
  await expect(page.locator('select[name=category]')).toHaveValue('hotline');
  const withJs = await page.locator('.service-card .card-title').allTextContents();
  expect(withJs.length).toBeGreaterThan(0);

  // Without JavaScript the form still submits to the same URL shape.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const p2 = await noJs.newPage();
  await p2.goto('/en/services/');
  await p2.locator('select[name=country]').selectOption('MY');
  await p2.getByRole('button', { name: 'Show' }).click();
  await expect(p2).toHaveURL(/\/en\/services\/\?q=&country=MY/);
  await noJs.close();
});

test('browse by country, then by kind of help', async ({ page }) => {
  await page.goto('/en/services/');
  await waitForApp(page);
  await page.locator('.browse a', { hasText: 'Nepal' }).click();
  await expect(page).toHaveURL(/country=NP/);
  await waitForApp(page);
  await page.locator('.browse .chip', { hasText: 'Migrant worker office' }).click();
  await expect(page).toHaveURL(/country=NP&category=migrant-bureau/);
  await waitForApp(page);
  await expect(page.locator('select[name=category]')).toHaveValue('migrant-bureau');
});

test('open now and free-of-charge filters', async ({ page }) => {
  await page.goto('/en/services/?open=1');
  await waitForApp(page);
  await expect(page.getByLabel('Open now')).toBeChecked();
  const open = Number((await page.locator('.result-count').textContent())!.match(/\d+/)![0]);
  // Every 24-hour service is open at any moment.
  expect(open).toBeGreaterThan(0);
  await page.getByLabel('Free of charge').check();
  await expect(page).toHaveURL(/free=1/);
});

test('a service detail page works offline, with call links and its source', async ({ context, page }) => {
  await visitThenGoOffline(context, page, '/en/services/');
  await page.goto('/en/services/lk-slbfe-hotline');
  await waitForApp(page);
  await expect(page.locator('h1')).not.toBeEmpty();
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
  await expect(page.locator('.record-meta')).toContainText('Last checked');
  await expect(page.locator('.report a[href^="mailto:"]')).toHaveAttribute('href', /subject=/);
  await expect(page.locator('.report a[href^="sms:"]')).toBeVisible();
  await expect(page.locator('.facts')).toContainText('Open 24 hours, every day');
});
