import { expect, test } from '@playwright/test';
import { waitForApp } from './support/app';
import { decodeQr } from './support/qr';
import { smsParts } from '../../src/ui/share/sms';

const decode = (href: string, param: string) => new URL(href.replace(/^sms:\?&/, 'sms:?')).searchParams.get(param) ?? '';

for (const [lang, script] of [
  ['en', /[A-Za-z]/],
  ['ne', /[\u0900-\u097F]/],
  ['bn', /[\u0980-\u09FF]/],
  ['ur', /[\u0600-\u06FF]/],
] as const) {
  test(`share fallbacks in ${lang}: WhatsApp, Viber, Telegram, SMS within one message, copy link`, async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      // Desktop Chromium may expose the Web Share API; a cheap phone's browser often does not.
      Object.defineProperty(navigator, 'share', { value: undefined });
    });
    await page.goto(`/${lang}/risks/recruitment-fees`);
    await waitForApp(page);
    await page.locator('.share-button').click();
    const sheet = page.locator('.share-sheet');
    await expect(sheet).toBeVisible();
    const url = `${baseURL}/${lang}/risks/recruitment-fees`;
    const summary = (await page.locator('.lead').first().textContent())!.trim();
    expect(summary).toMatch(script);

    const title = (await page.locator('h1').first().textContent())!.trim();
    const sms = decode((await sheet.locator('.share-sms').getAttribute('href'))!, 'body');
    const lines = sms.split('\n');
    // The summary where it fits two SMS parts with the link, otherwise the title; the link last.
    expect([summary, title]).toContain(lines[0]);
    expect(lines.at(-1)).toBe(url);
    expect(smsParts(sms)).toBeLessThanOrEqual(2);
    // The helpline that works from where the reader is (their language's home country here).
    if (lang !== 'en') expect(lines[1]).toMatch(/\d{3,}/);

    const whatsapp = new URL((await sheet.locator('.share-whatsapp').getAttribute('href'))!);
    expect(whatsapp.origin).toBe('https://wa.me');
    expect(whatsapp.searchParams.get('text')).toBe(sms);
    expect(await sheet.locator('.share-viber').getAttribute('href')).toMatch(/^viber:\/\/forward\?text=/);
    const telegram = new URL((await sheet.locator('.share-telegram').getAttribute('href'))!);
    expect(telegram.searchParams.get('url')).toBe(url);
    await expect(sheet.locator('#share-url')).toHaveValue(url);
  });
}

test('copy link puts the page address in the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.goto('/ur/pathways/bd-my');
  await waitForApp(page);
  await page.locator('.share-button').click();
  await page.locator('.copy-row button').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/ur/pathways/bd-my`);
});

test('the QR code made on the device decodes to the page in its language', async ({ page, baseURL }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.goto('/ne/services/np-dofe');
  await waitForApp(page);
  await page.locator('.share-button').click();
  await page.locator('.share-extras button').first().click();
  const qr = page.locator('.share-sheet svg.qr-code:not(.pending)');
  await expect(qr).toBeVisible();
  expect(await decodeQr(qr)).toBe(`${baseURL}/ne/services/np-dofe`);
});

test('a picture card of the message is drawn on the device and downloads as PNG', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.goto('/bn/risks/passport-confiscation');
  await waitForApp(page);
  await page.locator('.share-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.share-extras button').nth(1).click()]);
  expect(download.suggestedFilename()).toBe('saferoute-bn.png');
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const png = Buffer.concat(chunks);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(10_000);
});

test('prerendered Nepali and Urdu risk pages carry a localized og:title and og:description', async ({ request }) => {
  for (const [lang, script] of [
    ['ne', /[\u0900-\u097F]/],
    ['ur', /[\u0600-\u06FF]/],
  ] as const) {
    const html = await (await request.get(`/${lang}/risks/visit-visa-work`)).text();
    expect(/<meta property="og:title" content="([^"]+)"/.exec(html)?.[1]).toMatch(script);
    expect(/<meta property="og:description" content="([^"]+)"/.exec(html)?.[1]).toMatch(script);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toMatch(new RegExp(`/og/${lang}/risk-visit-visa-work\\.jpg$`));
    const res = await request.get(new URL(image!).pathname);
    expect(res.headers()['content-type']).toBe('image/jpeg');
    expect((await res.body()).length).toBeGreaterThan(10_000);
  }
});
