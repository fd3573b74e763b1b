import { expect, test } from '@playwright/test';
import { waitForApp } from './support/app';

test('the language switch is plain links to the same page in each language', async ({ page }) => {
  await page.goto('/en/risks/visit-visa-work');
  await page.locator('.language-switch summary').click();
  const sinhala = page.locator('.language-switch a[hreflang="si"]');
  await expect(sinhala).toHaveText('සිංහල');
  await expect(sinhala).toHaveAttribute('href', '/si/risks/visit-visa-work');
  await sinhala.click();
  await expect(page).toHaveURL(/\/si\/risks\/visit-visa-work$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'si');
  await expect(page.locator('h1')).toContainText(/[\u0D80-\u0DFF]/);
});

test('Urdu pages are right-to-left, in Urdu script', async ({ page }) => {
  await page.goto('/ur/');
  await waitForApp(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'ur');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toContainText(/[\u0600-\u06FF]/);
  // The quick-exit button sits at the left edge in RTL: the layout really flipped.
  const box = await page.locator('.quick-exit button').boundingBox();
  expect(box!.x).toBeLessThan(100);
  // Phone numbers stay left-to-right inside RTL text.
  const bidi = page.locator('.helpline bdi').first();
  await expect(bidi).toHaveAttribute('dir', 'ltr');
  await expect(bidi).toHaveText(/\d{3,}/);
});

test('machine translations say so, and the English text is one tap away', async ({ page }) => {
  await page.goto('/ta/risks/visit-visa-work');
  await waitForApp(page);
  await expect(page.locator('.review-notice')).toBeVisible();
  const title = page.locator('h1');
  await expect(title).toContainText(/[\u0B80-\u0BFF]/);
  await page.locator('.source-toggle').click();
  await expect(title).toHaveText('Do not go to work on a visit or tourist visa');
  await expect(page.locator('.source-text')).toHaveAttribute('lang', 'en');
  await page.locator('.source-toggle').click();
  await expect(title).toContainText(/[\u0B80-\u0BFF]/);
});

test('a prerendered Sinhala page has its Sinhala text and og:title in the static HTML', async ({ request }) => {
  const res = await request.get('/si/risks/visit-visa-work');
  const html = await res.text();
  expect(html).toMatch(/<html lang="si" dir="ltr">/);
  const ogTitle = /<meta property="og:title" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(ogTitle).toMatch(/[\u0D80-\u0DFF]/);
  const body = html.slice(html.indexOf('<body'));
  expect(body).toMatch(/<h1>[^<]*[\u0D80-\u0DFF]/);
  expect(html).toContain('<link rel="alternate" hreflang="ur"');
  expect(html).toContain('<link rel="canonical"');
});
