import { chromium, type Browser } from '@playwright/test';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../../scripts/lib/chromium-path';
import { boxedCharacters, describeCharacter, NO_FONT_HAS } from '../../../scripts/lib/glyph-check';

const NOTO = '/usr/share/fonts/truetype/noto';

/** A fontconfig that knows only the given font files: a machine that has those and nothing else. */
function fontsOnly(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'glyphs-'));
  for (const f of files) symlinkSync(join(NOTO, f), join(dir, f));
  const conf = join(dir, 'fonts.conf');
  writeFileSync(conf, `<?xml version="1.0"?><fontconfig><dir>${dir}</dir><cachedir>${dir}/cache</cachedir></fontconfig>`);
  return conf;
}

async function boxesIn(browser: Browser, html: string) {
  const page = await browser.newPage();
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  const boxed = await boxedCharacters(page);
  await page.close();
  return boxed;
}

const SINHALA = '<html lang="si"><body style="font-family: \'Noto Sans Sinhala\', \'Noto Sans\', sans-serif"><h1>ශ්‍රී ලංකා</h1><p>Call 1989</p></body></html>';

describe('boxes instead of letters in a drawn page', () => {
  let latinOnly: Browser;
  let withSinhala: Browser;
  beforeAll(async () => {
    const launch = (conf: string) =>
      chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'], env: { ...process.env, FONTCONFIG_FILE: conf } });
    latinOnly = await launch(fontsOnly(['NotoSans-Regular.ttf']));
    withSinhala = await launch(fontsOnly(['NotoSans-Regular.ttf', 'NotoSansSinhala-Regular.ttf']));
  });
  afterAll(async () => {
    await latinOnly?.close();
    await withSinhala?.close();
  });

  it('finds every Sinhala letter on a machine with only a Latin font, and no Latin one', async () => {
    const boxed = await boxesIn(latinOnly, SINHALA);
    expect(boxed).toEqual(expect.arrayContaining(['ශ', 'ර', 'ල', 'ක']));
    expect(boxed.filter((c) => /[A-Za-z0-9]/.test(c))).toEqual([]);
  });

  it('finds nothing once the script has its font', async () => {
    expect(await boxesIn(withSinhala, SINHALA)).toEqual([]);
  });

  it('finds a character that no font has, even among covered text', async () => {
    expect(await boxesIn(withSinhala, `<p style="font-family:'Noto Sans'">SafeRoute ${NO_FONT_HAS}</p>`)).toEqual([NO_FONT_HAS]);
  });

  it('names characters by code point', () => {
    expect(describeCharacter('ශ')).toBe('U+0DC1 ශ');
  });
});
