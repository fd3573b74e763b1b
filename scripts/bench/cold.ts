/**
 * Cold loads as a first-time reader on a cheap phone on 2G meets them: network and CPU
 * throttled, no service worker yet, several samples per page, connection setup counted.
 */
import type { Browser, Page } from '@playwright/test';
import { emulatePhoneOn2G, physicalLimitMs, SETUP_MS } from './network';
import { kb, msSpread, summarise } from './stats';

export interface Row {
  what: string;
  value: string;
  target?: string;
}

export interface ColdSample {
  /** First contentful paint. */
  fcp: number;
  /** FCP, or later if the page's script font had to arrive before its words could be read. */
  readable: number;
  interactive: number;
  /** Time until a directory search typed at interactive shows its answer (search pages only). */
  answered?: number;
  /** Compressed bytes of the HTML and of every response that finished before interactive. */
  bytesBeforeInteractive: number;
  /** Bytes of the HTML alone: what the first readable paint waits for. */
  htmlBytes: number;
  fontFetched: boolean;
}

export interface ColdPage {
  label: string;
  path: string;
  /** A search the reader types as soon as the page answers taps. */
  search?: string;
}

async function measure(page: Page): Promise<Omit<ColdSample, 'answered'>> {
  await page.waitForFunction(() => performance.getEntriesByName('saferoute:interactive').length > 0, undefined, { timeout: 180_000 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const interactive = performance.getEntriesByName('saferoute:interactive')[0]!.startTime;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const fonts = resources.filter((r) => r.name.includes('/fonts/'));
    const fontEnd = Math.max(0, ...fonts.map((r) => r.responseEnd));
    const before = resources.filter((r) => r.responseEnd <= interactive);
    return {
      fcp,
      readable: Math.max(fcp, fontEnd),
      interactive,
      bytesBeforeInteractive: nav.transferSize + before.reduce((sum, r) => sum + r.transferSize, 0),
      htmlBytes: nav.transferSize,
      fontFetched: fonts.length > 0,
    };
  });
}

async function sample(browser: Browser, origin: string, cold: ColdPage): Promise<ColdSample> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await emulatePhoneOn2G(await context.newCDPSession(page));
    await page.goto(origin + cold.path, { waitUntil: 'commit', timeout: 180_000 });
    const t = await measure(page);
    let answered: number | undefined;
    if (cold.search) {
      const list = page.locator('.card-list > li');
      const before = await list.count();
      await page.locator('input[type="search"]').fill(cold.search);
      // Answered when the list has narrowed to the query's hits, which may need the whole pack.
      await page.waitForFunction((n) => document.querySelectorAll('.card-list > li').length !== n, before, { timeout: 180_000 });
      answered = await page.evaluate(() => performance.now());
    }
    // Connection setup is not in DevTools' emulation; every figure pays it once.
    return {
      ...t,
      fcp: t.fcp + SETUP_MS,
      readable: t.readable + SETUP_MS,
      interactive: t.interactive + SETUP_MS,
      answered: answered === undefined ? undefined : answered + SETUP_MS,
    };
  } finally {
    await context.close();
  }
}

export async function coldLoads(browser: Browser, origin: string, pages: ColdPage[], samples: number): Promise<{ rows: Row[]; medians: Map<string, ColdSample> }> {
  const rows: Row[] = [];
  const medians = new Map<string, ColdSample>();
  for (const cold of pages) {
    const runs: ColdSample[] = [];
    for (let i = 0; i < samples; i++) runs.push(await sample(browser, origin, cold));
    const pick = (f: (s: ColdSample) => number) => runs.map(f);
    const bytes = summarise(pick((s) => s.bytesBeforeInteractive)).median;
    const html = summarise(pick((s) => s.htmlBytes)).median;
    const interactive = summarise(pick((s) => s.interactive)).median;
    // Readable needs the HTML (its CSS is inline), and a font file where the script needs one;
    // interactive needs the HTML, then its script and slice, preloaded side by side.
    const readableLimit = physicalLimitMs(runs[0]!.fontFetched ? 2 : 1, html);
    const interactiveLimit = physicalLimitMs(2, bytes);
    const name = `${cold.label} ${cold.path}`;
    rows.push(
      { what: `${name}: readable`, value: msSpread(pick((s) => s.readable)) },
      { what: `${name}: interactive`, value: msSpread(pick((s) => s.interactive)), target: '≤ 3,500 ms' },
      ...(cold.search ? [{ what: `${name}: search "${cold.search}" answered`, value: msSpread(pick((s) => s.answered ?? NaN)) }] : []),
      { what: `${name}: bytes before interactive`, value: kb(bytes), target: '≤ 45 KB' },
      { what: `${name}: physical limit readable / interactive`, value: `${Math.round(readableLimit)} / ${Math.round(interactiveLimit)} ms` },
      { what: `${name}: interactive ÷ physical limit`, value: `${(interactive / interactiveLimit).toFixed(2)}×` },
    );
    medians.set(cold.path, {
      fcp: summarise(pick((s) => s.fcp)).median,
      readable: summarise(pick((s) => s.readable)).median,
      interactive,
      bytesBeforeInteractive: bytes,
      htmlBytes: html,
      fontFetched: runs[0]!.fontFetched,
    });
  }
  return { rows, medians };
}
