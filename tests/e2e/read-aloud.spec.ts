import { expect, test } from '@playwright/test';
import { waitForApp } from './support/app';

/** Stands in for the phone's text-to-speech: the listed voices, and a record of what was spoken. */
function fakeSpeech() {
  return (voiceLangs: string[]) => {
    const spoken: { text: string; lang: string }[] = [];
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    const voices = voiceLangs.map((lang) => ({ lang, name: `Voice ${lang}`, default: false, localService: true, voiceURI: lang }));
    const synth = {
      getVoices: () => voices,
      speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth });
    // The real utterance only accepts the platform's own voice objects.
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {
        voice: unknown = null;
        lang = '';
        rate = 1;
        onend: unknown = null;
        onerror: unknown = null;
        constructor(readonly text: string) {}
      },
    });
  };
}

test('a risk message is read aloud with a voice for its language', async ({ page }) => {
  await page.addInitScript(fakeSpeech(), ['ta-IN']);
  await page.goto('/ta/risks/visit-visa-work');
  await waitForApp(page);
  const title = (await page.locator('h1').textContent())!;
  await page.locator('.actions-row .read-aloud').click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]!.lang).toBe('ta-IN');
  expect(spoken[0]!.text.startsWith(title)).toBe(true);
  await expect(page.locator('.actions-row .read-aloud')).toHaveAttribute('aria-pressed', 'true');
});

test('where the phone has no voice for the language, the page says so instead of failing silently', async ({ page }) => {
  await page.addInitScript(fakeSpeech(), ['en-US']);
  await page.goto('/si/risks/visit-visa-work');
  await waitForApp(page);
  await expect(page.locator('.actions-row button.read-aloud')).toHaveCount(0);
  await expect(page.locator('.actions-row .read-aloud.no-voice')).toBeVisible();
});

test('pathway steps can be read aloud one by one', async ({ page }) => {
  await page.addInitScript(fakeSpeech(), ['ur-PK']);
  await page.goto('/ur/pathways/lk-kr');
  await waitForApp(page);
  const step = page.locator('.checklist li').first();
  await step.locator('.read-aloud').click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string }[] }).spoken);
  expect(spoken[0]!.text.startsWith((await step.locator('.step-title').textContent())!)).toBe(true);
});
