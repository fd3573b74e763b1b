import { expect, test } from '@playwright/test';
import { waitForApp, waitForServiceWorker, watch } from './support/app';

/**
 * Crawls the app from "/" by following links, as a person (or a checker) would: every page
 * must have a CSP without unsafe-inline scripts, its own lang/dir, and make no third-party request.
 * Then every crawled page must reload offline.
 */
test('crawl from / reaches every language, with CSP and no third-party requests, then works offline', async ({ page, context, baseURL }) => {
  test.setTimeout(240_000);
  const seen = watch(page, baseURL!);
  // One queue per language, always served from the least-visited one: breadth across languages.
  const queues = new Map<string, string[]>([['', ['/']]]);
  const langOf = (path: string) => path.split('/')[1] ?? '';
  const visited = new Set<string>();
  const perLang: Record<string, number> = {};
  const LIMIT = 64;
  const next = () => {
    const open = [...queues.entries()].filter(([, q]) => q.length).sort(([a], [b]) => (perLang[a] ?? 0) - (perLang[b] ?? 0));
    return open[0]?.[1].shift();
  };
  for (let path = next(); path !== undefined && visited.size < LIMIT; path = next()) {
    if (visited.has(path)) continue;
    visited.add(path);
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp, path).toContain("script-src 'self'");
    expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
    const lang = (await page.locator('html').getAttribute('lang'))!;
    perLang[lang] = (perLang[lang] ?? 0) + 1;
    if (['ur', 'prs', 'ps'].includes(lang)) await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    // Breadth across languages first: a few pages of each before going deep in one.
    for (const link of links) {
      const q = queues.get(langOf(link)) ?? [];
      queues.set(langOf(link), q);
      if (!visited.has(link) && !q.includes(link)) q.push(link);
    }
  }
  const ALL = ['en', 'si', 'ta', 'ne', 'bn', 'ur', 'prs', 'ps', 'id', 'ms', 'fil', 'vi', 'th', 'my', 'km', 'lo'];
  for (const lang of ALL) expect(perLang[lang] ?? 0, `pages crawled in ${lang}`).toBeGreaterThanOrEqual(3);
  expect(visited.size).toBeGreaterThanOrEqual(15 * 1);
  expect(seen.thirdParty).toEqual([]);

  await waitForServiceWorker(page);
  await context.setOffline(true);
  for (const path of visited) {
    await page.goto(path);
    await waitForApp(page);
    await expect(page.locator('h1').first(), path).not.toBeEmpty();
  }
  expect(seen.errors).toEqual([]);
});
