import { expect, test } from '@playwright/test';
import { waitForApp } from './support/app';

test('scripts render with system fonts: no web font is fetched when the phone has one', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => r.url().includes('/fonts/') && fonts.push(r.url()));
  for (const lang of ['si', 'ta', 'ur', 'my']) {
    await page.goto(`/${lang}/`);
    await waitForApp(page);
  }
  expect(fonts).toEqual([]);
});

test('where a phone cannot draw Burmese, a subset font comes from our own origin, on demand', async ({ page, baseURL }) => {
  const fonts: string[] = [];
  page.on('request', (r) => r.url().includes('/fonts/') && fonts.push(r.url()));
  // Stand-in for a phone without a Myanmar font: the detector is told it failed.
  await page.addInitScript(() => localStorage.setItem('saferoute:webfont', 'force'));
  await page.goto('/my/');
  await waitForApp(page);
  await expect(page.locator('html')).toHaveClass(/webfont-my/);
  expect(fonts).toEqual([`${baseURL}/fonts/noto-sans-myanmar.woff2`]);
  const family = await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toContain('SafeRoute Myanmar');
  expect(await page.evaluate(() => document.fonts.check('16px "SafeRoute Myanmar"', 'မြန်မာ'))).toBe(true);
});
