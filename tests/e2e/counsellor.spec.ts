import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { visitThenGoOffline, waitForApp, watch } from './support/app';

/** Each traveller language's script, to tell real translations from English. */
const SCRIPT: Record<string, RegExp> = { ta: /[\u0B80-\u0BFF]/, ur: /[\u0600-\u06FF]/ };

/** Chooses the traveller's language on the first screen and waits for the start button. */
async function chooseTraveller(page: Page, lang: string) {
  await page.locator(`.language-choice[data-lang="${lang}"]`).click();
  await expect(page.locator('.start-button')).toBeVisible();
}

/** Answers every question: a visit visa, the passport with the agent, a fee, the rest harmless. */
async function answerQuestions(page: Page, destination: string) {
  await page.locator('.start-button').click();
  const step = page.locator('.step-count');
  await expect(step).toHaveText(/1.*8/);
  await page.locator('#answer-destination').selectOption(destination);
  await page.getByRole('button', { name: 'Next' }).click();
  const pick = async (value: string) => {
    await page.locator(`.answer input[value="${value}"]`).check();
    await page.getByRole('button', { name: 'Next' }).click();
  };
  await pick('factory'); // job
  await pick('licensedAgency'); // found
  await pick('fee'); // paid
  await pick('visit'); // visa
  await pick('agent'); // passport
  await pick('yes'); // contract
  await pick('yes'); // registered
  await expect(page.locator('#step-heading')).toHaveText('Red flags found');
}

/** Reads the QR code on screen the way a phone camera would: from pixels. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const qr = page.locator(selector);
  await expect(qr).not.toHaveClass(/pending/);
  // Clear of the fixed helpline bar, as a person would hold it up.
  await qr.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const png = PNG.sync.read(await qr.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

for (const traveller of ['ta', 'ur'] as const) {
  test(`a counsellor in English hands over to a traveller in ${traveller}: flags in both languages, a QR that scans, a one-page handout`, async ({
    page,
    context,
    baseURL,
  }) => {
    const seen = watch(page, baseURL!);
    await page.goto('/en/counsellor');
    await waitForApp(page);
    await chooseTraveller(page, traveller);
    const origin = traveller === 'ta' ? 'LK' : 'PK';
    await expect(page.locator('#origin-select')).toHaveValue(origin);
    await answerQuestions(page, 'KR');

    // The red flags, each in the traveller's language and script, with the counsellor's English beneath.
    const flags = page.locator('.flag-list .flag');
    await expect(flags).toHaveCount(3);
    await expect(page.locator('.flag[data-flag="visitVisa"] .in-counsellor')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.flag[data-flag="visitVisa"] .in-counsellor')).toHaveText('Going to work on a visit or tourist visa');
    await expect(page.locator('.flag[data-flag="passportHeld"] .in-counsellor')).toHaveText('Someone else holds the passport');
    for (const f of await flags.all()) {
      const mine = f.locator('.in-traveller');
      await expect(mine).toHaveAttribute('lang', traveller);
      await expect(mine).toHaveAttribute('dir', traveller === 'ur' ? 'rtl' : 'ltr');
      expect(await mine.textContent()).toMatch(SCRIPT[traveller]!);
    }
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    // Recommended actions: two per flagged risk, both languages.
    await expect(page.locator('.risk-actions').first().locator('ol > li')).toHaveCount(2);

    // The hand-over: a link, and a QR code that decodes to exactly that link.
    const link = page.locator('.handover-link a');
    const href = new URL((await link.getAttribute('href'))!, baseURL).href;
    await expect(link).toHaveText(href);
    expect(href).toMatch(new RegExp(`/${traveller}/handout\\?items=.*r\\.visit-visa-work.*&to=KR`));
    expect(href).toContain('r.passport-confiscation');
    expect(href).toContain(`p.${origin.toLowerCase()}-kr`);
    expect(await decodeQr(page, '.handover-qr .qr-code')).toBe(href);

    // The traveller's phone opens it: the chosen items, in their language and script.
    const phone = await context.newPage();
    await phone.goto(href);
    await waitForApp(phone);
    await expect(phone.locator('html')).toHaveAttribute('lang', traveller);
    await expect(phone.locator('html')).toHaveAttribute('dir', traveller === 'ur' ? 'rtl' : 'ltr');
    await expect(phone.locator('.handout-title')).toHaveText(SCRIPT[traveller]!);
    for (const key of ['r.visit-visa-work', 'r.passport-confiscation', `p.${origin.toLowerCase()}-kr`]) {
      const item = phone.locator(`.handout-item[data-item="${key}"]`);
      await expect(item).toBeVisible();
      // Text is in the traveller's script, unless the translation is still missing (then marked English).
      const title = (await item.locator('h3').textContent()) ?? '';
      if ((await item.getAttribute('lang')) !== 'en') expect(title).toMatch(SCRIPT[traveller]!);
    }
    expect(await phone.locator('.handout-item h3').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(SCRIPT[traveller]!)]),
    );
    // Destination helplines come first, as numbers to call.
    const tel = phone.locator('.handout-hotlines .handout-tel');
    await expect(tel.first()).toHaveAttribute('href', /^tel:/);
    const hotlineItems = await phone.locator('.handout-hotlines li').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
    expect(hotlineItems[0]).toMatch(/^s\.kr-/);
    expect(await decodeQr(phone, '.handout-qr .qr-code')).toBe(href);

    // Printed: one page on A4 and on US Letter, the helplines still there.
    await phone.emulateMedia({ media: 'print' });
    await expect(phone.locator('.topbar')).toBeHidden();
    await expect(phone.locator('.helpline-bar')).toBeHidden();
    await expect(phone.locator('.quick-exit')).toBeHidden();
    await expect(phone.locator('.handout button')).toBeHidden();
    await expect(tel.first()).toBeVisible();
    await expect(phone.locator('.handout-qr .qr-code')).toBeVisible();
    for (const format of ['A4', 'Letter']) {
      expect(pdfPages(await phone.pdf({ format, printBackground: true })), format).toBe(1);
    }

    // The counsellor's own "print" prints the same sheet, in the traveller's language, on one page.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.handover')).toBeHidden();
    await expect(page.locator('.handout.print-only')).toBeVisible();
    await expect(page.locator('.handout.print-only')).toHaveAttribute('lang', traveller);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);

    expect(seen.errors).toEqual([]);
    expect(seen.thirdParty).toEqual([]);
  });
}

test('six of the longest items still print on one page, in Tamil and in Urdu', async ({ page, request }) => {
  const manifest = (await (await request.get('/packs/manifest.json')).json()) as { packs: Record<string, { url: string }> };
  for (const lang of ['ta', 'ur']) {
    type Text = { title?: string; name?: string; summary?: string; description?: string };
    type Entry = { id: string; categories?: string[]; text: Text };
    const pack = (await (await request.get(manifest.packs[lang]!.url)).json()) as { risks: Entry[]; services: Entry[] };
    const size = (t: Text) => `${t.title ?? t.name}${t.summary ?? t.description}`.length;
    const longest = [
      ...pack.risks.map((r) => ({ key: `r.${r.id}`, size: size(r.text) })),
      ...pack.services.filter((s) => !s.categories!.includes('hotline')).map((s) => ({ key: `s.${s.id}`, size: size(s.text) })),
    ]
      .sort((a, b) => b.size - a.size)
      .slice(0, 6);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`/${lang}/handout?items=${longest.map((i) => i.key).join(',')}&to=KR`);
    await waitForApp(page);
    await expect(page.locator('.handout-item')).toHaveCount(6);
    await expect(page.locator('.handout-qr .qr-code')).not.toHaveClass(/pending/);
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter']) expect(pdfPages(await page.pdf({ format })), `${lang} ${format}`).toBe(1);
  }
});

test('with no red flags the counsellor says so, and still hands over the helplines', async ({ page }) => {
  await page.goto('/en/counsellor');
  await waitForApp(page);
  await chooseTraveller(page, 'ta');
  await page.locator('.start-button').click();
  await page.locator('#answer-destination').selectOption('KR');
  for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.no-flags .in-counsellor')).toHaveText('No red flags found. Still share the helplines.');
  const href = (await page.locator('.handover-link a').getAttribute('href'))!;
  expect(href).toMatch(/^\/ta\/handout\?items=p\.lk-kr,s\./);
});

test('the handout with no items shows the home country’s helplines and a way home; unknown ids are skipped', async ({ page }) => {
  await page.goto('/ta/handout');
  await waitForApp(page);
  await expect(page.locator('.handout-hotlines .handout-tel').first()).toHaveAttribute('href', /^tel:/);
  await expect(page.locator('.handout-hotlines li').first()).toHaveAttribute('data-item', /^s\.lk-/);
  await expect(page.locator('.handout-home a')).toHaveAttribute('href', '/ta/');
  await page.goto('/ta/handout?items=r.no-such-thing,r.visit-visa-work,x.nothing&to=KR');
  await waitForApp(page);
  await expect(page.locator('.handout-item')).toHaveCount(1);
  await expect(page.locator('.handout-item')).toHaveAttribute('data-item', 'r.visit-visa-work');
});

test('the anonymous tally counts a conversation and exports counts only', async ({ page }) => {
  await page.goto('/en/counsellor');
  await waitForApp(page);
  await page.getByLabel('Keep an anonymous tally').check();
  await chooseTraveller(page, 'ur');
  await answerQuestions(page, 'KR');
  await page.getByLabel('Referred for help').check();
  await page.getByRole('button', { name: 'Save to the tally' }).click();
  await expect(page.locator('.saved-status')).toHaveText('Saved. Counts only.');
  await expect(page.getByRole('button', { name: 'Save to the tally' })).toBeDisabled();
  await page.getByRole('button', { name: 'New conversation' }).click();

  // The choice is remembered, the week's counts are on screen as a table and a chart.
  await page.reload();
  await waitForApp(page);
  await expect(page.getByLabel('Keep an anonymous tally')).toBeChecked();
  await expect(page.locator('.tally-table thead th')).toHaveCount(1);
  await expect(page.locator('.tally-table thead th')).toContainText('1 conversation');
  await expect(page.locator('.tally-svg .bar')).toHaveCount(1);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  const [header, ...rows] = csv.trimEnd().split(/\r?\n/);
  expect(header).toBe(
    'week,sessions,flag_visitVisa,flag_fee,flag_loan,flag_passportHeld,flag_noContract,flag_notRegistered,flag_socialMedia,flag_subAgent,flag_onlineJob,outcome_continues,outcome_returns,outcome_referred',
  );
  expect(rows).toHaveLength(1);
  const [week, ...counts] = rows[0]!.split(',');
  expect(week).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(new Date(`${week}T00:00:00Z`).getUTCDay()).toBe(1); // a Monday
  expect(counts.every((c) => /^\d+$/.test(c))).toBe(true);
  // sessions, then flags (visit visa, fee, passport held), then outcomes (referred).
  expect(counts.join(',')).toBe('1,1,1,0,1,0,0,0,0,0,0,0,1');

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: !!doc.querySelector('parsererror'), bars: doc.querySelectorAll('g.bar').length };
  }, svg);
  expect(parsed).toEqual({ error: false, bars: 1 });

  page.on('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Clear the tally' }).click();
  await expect(page.locator('.tally-empty')).toHaveText('No conversations counted yet.');
});

test('counsellor mode reloads with no network after one visit, the traveller’s language too', async ({ context, page, baseURL }) => {
  const seen = watch(page, baseURL!);
  await page.goto('/en/counsellor');
  await waitForApp(page);
  await chooseTraveller(page, 'ta');
  await visitThenGoOffline(context, page, '/en/counsellor');
  await page.reload();
  await waitForApp(page);
  await expect(page.locator('h1')).toHaveText('Counsellor mode');
  await chooseTraveller(page, 'ta');
  await page.locator('.start-button').click();
  expect(await page.locator('#step-heading .in-traveller').textContent()).toMatch(SCRIPT.ta!);
  expect(seen.errors).toEqual([]);
});

test('a handout opened once from the QR code opens again with no network', async ({ context, page, baseURL }) => {
  const seen = watch(page, baseURL!);
  const path = '/ur/handout?items=r.visit-visa-work,p.pk-kr,s.pk-beoe&to=KR';
  await visitThenGoOffline(context, page, path);
  await page.reload();
  await waitForApp(page);
  await expect(page.locator('.handout-item')).toHaveCount(3);
  await expect(page.locator('.handout-title')).toHaveText(SCRIPT.ur!);
  await expect(page.locator('.handout-hotlines .handout-tel').first()).toBeVisible();
  expect(seen.errors).toEqual([]);
});

for (const [lang, traveller] of [
  ['en', 'ur'],
  ['ur', 'ta'],
] as const) {
  test(`no serious or critical accessibility violations in counsellor mode (/${lang}, traveller ${traveller})`, async ({ page }) => {
    const check = async (where: string) => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      expect(serious).toEqual([]);
    };
    await page.goto(`/${lang}/counsellor`);
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ur' ? 'rtl' : 'ltr');
    await check('start');
    await page.locator(`.language-choice[data-lang="${traveller}"]`).click();
    await page.locator('.start-button').click();
    await check('destination question');
    await page.locator('#answer-destination').selectOption('KR');
    await page.locator('.step-nav button:not(.secondary)').click();
    await page.locator('.answer input').first().check();
    await check('choice question');
    for (let i = 0; i < 7; i++) await page.locator('.step-nav button:not(.secondary)').click();
    await expect(page.locator('.handover-qr .qr-code')).not.toHaveClass(/pending/);
    await check('results');
    await page.goto(`/${traveller}/handout?items=r.visit-visa-work,p.lk-kr,s.lk-slbfe-hotline&to=KR`);
    await waitForApp(page);
    await check('handout');
  });
}
