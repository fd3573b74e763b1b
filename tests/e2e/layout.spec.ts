import { expect, test, type Page } from '@playwright/test';
import { waitForApp } from './support/app';
import { PAGE_TOUR } from '../../scripts/lib/page-tour';

const LANGS = ['en', 'si', 'ta', 'ne', 'bn', 'ur', 'prs', 'ps', 'id', 'ms', 'fil', 'vi', 'th', 'my', 'km', 'lo'];

/** What sticks out of a 360 px screen, and which text is cut off inside its box. */
async function problems(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    if (document.scrollingElement!.scrollWidth > width) out.push(`page is ${document.scrollingElement!.scrollWidth}px wide`);
    for (const el of document.querySelectorAll('main *, .helpline-bar *, .topbar *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden, .qr-code')) continue;
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      if (r.right > width + 1 || r.left < -1) out.push(`${name(el)} reaches ${Math.round(r.left)}–${Math.round(r.right)}px`);
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? '').trim()) out.push(`${name(el)} is clipped`);
    }
    return [...new Set(out)].slice(0, 10);
  });
}

for (const lang of LANGS) {
  test(`every page type fits 360 px in ${lang}, with its share sheet, QR code, filters and help bar open`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const p of PAGE_TOUR) {
      await page.goto(`/${lang}/${p.path}`);
      await waitForApp(page);
      if (p.open) await p.open(page);
      expect(await problems(page), `/${lang}/${p.path}`).toEqual([]);
    }
  });
}

for (const lang of ['ur', 'prs', 'ps']) {
  test(`in ${lang} the corridor reads origin first, from the right`, async ({ page }) => {
    await page.goto(`/${lang}/pathways/pk-kr`);
    await waitForApp(page);
    const [origin, destination] = await page.locator('.corridor-line .corridor bdi').all();
    const o = (await origin!.boundingBox())!;
    const d = (await destination!.boundingBox())!;
    expect(o.x).toBeGreaterThan(d.x);
    await expect(page.locator('.corridor-line .corridor')).toContainText('←');
  });
}
