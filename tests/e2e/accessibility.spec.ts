import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForApp } from './support/app';

const SCREENS = [
  '/',
  '/{lang}/',
  '/{lang}/stages/before',
  '/{lang}/risks/scam-centre-recruitment',
  '/{lang}/pathways/',
  '/{lang}/pathways/lk-kr',
  '/{lang}/services/',
  '/{lang}/services/lk-slbfe-hotline',
  '/{lang}/settings',
];

for (const lang of ['en', 'ur']) {
  for (const screen of SCREENS) {
    const path = screen.replace('{lang}', lang);
    if (lang !== 'en' && path === '/') continue;
    test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await waitForApp(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      expect(serious).toEqual([]);
    });
  }
}
