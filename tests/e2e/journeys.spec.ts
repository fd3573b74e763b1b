import { expect, test, type Page } from '@playwright/test';
import { waitForApp } from './support/app';

/** The journeys the biggest corridors take, each in the traveller's language. */
const JOURNEYS = [
  { lang: 'ne', from: 'NP', to: 'QA' },
  { lang: 'ne', from: 'NP', to: 'SA' },
  { lang: 'ne', from: 'NP', to: 'MY' },
  { lang: 'bn', from: 'BD', to: 'AE' },
  { lang: 'si', from: 'LK', to: 'KW' },
  { lang: 'ur', from: 'PK', to: 'SA' },
  { lang: 'fil', from: 'PH', to: 'AE' },
  { lang: 'prs', from: 'AF', to: 'PK' },
] as const;

async function helpBar(page: Page) {
  const lines = page.locator('.helpline-bar .helpline');
  await expect(lines.first()).toBeVisible();
  const numbers = await lines.locator('.number').allTextContents();
  return { lines, numbers };
}

for (const { lang, from, to } of JOURNEYS) {
  const id = `${from.toLowerCase()}-${to.toLowerCase()}`;
  test(`${lang}: ${from} → ${to} has a pathway, help in both countries, and a help bar that works from where the reader is`, async ({ page }) => {
    await page.goto(`/${lang}/?from=${from}&to=${to}`);
    await waitForApp(page);
    await expect(page.locator(`section[aria-labelledby="route-pathways"] a[href="/${lang}/pathways/${id}"]`)).toBeVisible();

    // At home: the first number works from here, and no number is listed twice.
    let bar = await helpBar(page);
    await expect(bar.lines.first()).toHaveAttribute('data-works', 'yes');
    expect(new Set(bar.numbers).size).toBe(bar.numbers.length);

    await page.goto(`/${lang}/pathways/${id}`);
    await waitForApp(page);
    await expect(page.locator('h1')).not.toHaveAttribute('lang', 'en');
    const hrefs = await page.locator('.service-card .card-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.some((h) => h!.includes(`/services/${from.toLowerCase()}-`))).toBe(true);
    expect(hrefs.some((h) => h!.includes(`/services/${to.toLowerCase()}-`))).toBe(true);

    // Arrived: the reader says they are abroad; the first line is now one that works there.
    await page.goto(`/${lang}/?from=${from}&to=${to}&at=to`);
    await waitForApp(page);
    bar = await helpBar(page);
    await expect(bar.lines.first()).toHaveAttribute('data-works', 'yes');
    expect(new Set(bar.numbers).size).toBe(bar.numbers.length);
  });
}

test('a home-only short code is labelled, not offered as if it worked abroad', async ({ page }) => {
  await page.goto('/si/?from=LK&to=SA&at=to');
  await waitForApp(page);
  const bar = page.locator('.helpline-bar');
  const slbfe = bar.locator('.helpline', { has: page.locator('.number', { hasText: /^1989$/ }) });
  if (await slbfe.count()) {
    await expect(slbfe).toHaveAttribute('data-works', 'no');
    await expect(slbfe.locator('.reach')).toBeVisible();
  }
  await expect(bar.locator('.helpline').first()).toHaveAttribute('data-works', 'yes');
});

test('every WhatsApp button opens wa.me with a number in international form', async ({ page }) => {
  await page.goto('/id/services/id-sapa-129');
  await waitForApp(page);
  const wa = page.locator('a[href^="https://wa.me/"]');
  await expect(wa).toHaveCount(1);
  expect(await wa.getAttribute('href')).toBe('https://wa.me/62811129129');
  // It is a message link, never a phone call.
  expect(await page.locator('a[href^="tel:"]', { hasText: 'WhatsApp' }).count()).toBe(0);
});

test('open now in Thailand at 23:30 keeps the police hotline, with "call to check" where hours are unknown', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T16:30:00Z'));
  await page.goto('/th/services/?country=TH&open=1');
  await waitForApp(page);
  await expect(page.locator('.service-card a[href="/th/services/th-police-1599"]')).toBeVisible();
  await expect(page.locator('.service-card .card-note').first()).toBeVisible();
});

test('the Nepali fake-job page lists Nepal’s help first', async ({ page }) => {
  await page.goto('/ne/risks/fake-job-offers-social-media');
  await waitForApp(page);
  const first = await page.locator('.service-card .card-link').first().getAttribute('href');
  expect(first).toMatch(/\/ne\/services\/np-/);
});

test('a number typed in Burmese digits finds the service', async ({ page }) => {
  await page.goto('/my/services/?q=%E1%81%81%E1%81%83%E1%81%80%E1%81%80');
  await waitForApp(page);
  await expect(page.locator('.service-card a[href="/my/services/th-1300-prachabodi"]')).toBeVisible();
});
