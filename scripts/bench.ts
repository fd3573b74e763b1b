/**
 * npm run bench — measures the built app in headless Chromium and prints the figures.
 * Nothing here is asserted: timings vary by machine, and budgets that CI enforces are byte sizes.
 *   --write          also write the results to docs/bench.md
 *   --only NAME      run one part: cold, first-visit, offline, switch, install, search
 *   --samples N      cold loads per page (default 3; the median and the range are printed)
 *   --sizes A,B,C    directory sizes for the search bench (default 2000,10000,50000)
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { existsSync, writeFileSync } from 'node:fs';
import { chromiumPath } from './lib/chromium-path';
import { startServer } from './serve';
import { pathFor } from '../src/app/routes';
import { coldLoads, type ColdPage, type Row } from './bench/cold';
import { firstVisit, tallyServedBytes } from './bench/first-visit';
import { CPU_SLOWDOWN, RTT_MS, SETUP_RTTS, SLOW_2G } from './bench/network';
import { DEFAULT_SIZES, runSearchBench } from './bench/search';
import { ms } from './bench/stats';

let ORIGIN = '';

async function throttle(cdp: CDPSession) {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_2G);
}

async function timings(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('saferoute:interactive').length > 0, undefined, { timeout: 120_000 });
  return page.evaluate(() => ({ interactive: performance.getEntriesByName('saferoute:interactive')[0]!.startTime }));
}

/** Bytes over the wire (compressed) for everything a navigation loads. */
function countBytes(cdp: CDPSession) {
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  return () => bytes;
}

/** The page types a reader meets, in Latin, an Indic script, Burmese and right-to-left Urdu. */
function coldPages(): ColdPage[] {
  return ['en', 'si', 'my', 'ur'].flatMap((lang) => [
    { label: 'home', path: pathFor({ name: 'home', lang }) },
    { label: 'risk', path: pathFor({ name: 'risk', lang, id: 'visit-visa-work' }) },
    { label: 'pathway', path: pathFor({ name: 'pathway', lang, id: 'np-qa' }) },
    { label: 'service', path: pathFor({ name: 'service', lang, id: 'pk-fia-tip-hotline' }) },
    { label: 'directory search', path: pathFor({ name: 'services', lang }), search: 'police' },
  ]);
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function warmContext(browser: Browser, path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(ORIGIN + path);
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 30_000 });
  await timings(page);
  return { context, page };
}

async function offlineRepeat(browser: Browser, path: string): Promise<Row[]> {
  const { context, page } = await warmContext(browser, path);
  await context.setOffline(true);
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.reload();
    samples.push((await timings(page)).interactive);
  }
  await context.close();
  samples.sort((a, b) => a - b);
  return [{ what: `offline repeat load ${path}: interactive (median of 5)`, value: ms(samples[2]!), target: '≤ 1,000 ms' }];
}

async function languageSwitch(browser: Browser): Promise<Row[]> {
  const rows: Row[] = [];
  // First visit, no service worker yet: the other language's page and pack come over 2G.
  {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await throttle(cdp);
    await page.goto(ORIGIN + '/si/risks/visit-visa-work', { timeout: 120_000 });
    await timings(page);
    const bytes = countBytes(cdp);
    const before = bytes();
    const started = Date.now();
    await page.locator('.language-switch summary').click();
    await page.locator('.language-switch a[hreflang="ta"]').click();
    await page.waitForURL(/\/ta\//);
    await timings(page);
    rows.push({ what: 'language switch si → ta on 2G, first visit (no service worker yet)', value: ms(Date.now() - started) });
    rows.push({ what: 'language switch si → ta on 2G: bytes transferred', value: `${((bytes() - before) / 1000).toFixed(1)} KB` });
    await context.close();
  }
  // Both languages already on the device: the switch needs no network at all.
  {
    const { context, page } = await warmContext(browser, '/ta/risks/visit-visa-work');
    await page.goto(ORIGIN + '/si/risks/visit-visa-work');
    await timings(page);
    await context.setOffline(true);
    const started = Date.now();
    await page.locator('.language-switch summary').click();
    await page.locator('.language-switch a[hreflang="ta"]').click();
    await page.waitForURL(/\/ta\//);
    await timings(page);
    rows.push({ what: 'language switch si → ta with both on the device, offline', value: ms(Date.now() - started) });
    await context.close();
  }
  return rows;
}

async function packInstall(browser: Browser): Promise<Row[]> {
  // The page downloads and verifies the pack itself; no service worker, so the 2G profile applies.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(ORIGIN + '/en/settings');
  await timings(page);
  const cdp = await context.newCDPSession(page);
  await throttle(cdp);
  const item = page.locator('.download-list li', { has: page.locator('[lang="ur"]') });
  const started = Date.now();
  await item.getByRole('button').click();
  await item.locator('.tag.ok').waitFor({ timeout: 180_000 });
  const elapsed = Date.now() - started;
  const size = await item.locator('.size').textContent();
  await context.close();
  return [{ what: `pack install (Urdu, ${size}) on 2G: download, integrity check, cache`, value: ms(elapsed) }];
}

async function main() {
  if (!existsSync('dist/index.html')) {
    console.error('No build found. Run npm run build first.');
    process.exit(1);
  }
  // Any free port: a preview or test server left running never clashes with the bench.
  const server = await startServer('dist', 0);
  ORIGIN = `http://localhost:${(server.address() as AddressInfo).port}`;
  const tally = tallyServedBytes(server);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: Row[] = [];
  const only = argValue('--only');
  const samples = Math.max(1, Number(argValue('--samples') ?? 3));
  const sizes = (argValue('--sizes')?.split(',').map(Number) ?? DEFAULT_SIZES).filter((n) => n > 0);
  const parts: [string, () => Promise<Row[]>][] = [
    ['cold', async () => (await coldLoads(browser, ORIGIN, coldPages(), samples)).rows],
    ['first-visit', () => firstVisit(browser, ORIGIN, tally, '/si/risks/visit-visa-work')],
    ['offline', async () => [...(await offlineRepeat(browser, '/si/risks/visit-visa-work')), ...(await offlineRepeat(browser, '/en/services/'))]],
    ['switch', () => languageSwitch(browser)],
    ['install', () => packInstall(browser)],
    ['search', async () => {
      const out: Row[] = [];
      for (const n of sizes) out.push(...(await runSearchBench(browser, n)));
      return out;
    }],
  ];
  try {
    for (const [name, run] of parts) if (!only || only === name) rows.push(...(await run()));
  } finally {
    await browser.close();
    server.close();
  }

  const conditions = `2G: ${RTT_MS} ms RTT, 280 kbit/s down, +${SETUP_RTTS} RTT connection setup (TCP, TLS 1.3) on cold loads; CPU ${CPU_SLOWDOWN}× slower on cold loads and search; cold figures are the median of ${samples} (range in brackets)`;
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${browser.version ? `Chromium ${browser.version()}` : ''}`;
  const width = Math.max(...rows.map((r) => r.what.length));
  const table = rows.map((r) => `${r.what.padEnd(width)}  ${r.value.padStart(10)}${r.target ? `   (target ${r.target})` : ''}`).join('\n');
  console.log(`\nSafeRoute bench — ${new Date().toISOString()}\nMachine: ${machine}\nConditions: ${conditions}\n\n${table}\n`);
  if (process.argv.includes('--write')) {
    const md = [
      '# Benchmark results',
      '',
      'Output of one `npm run bench` run against the production build (`npm run build`), in headless',
      "Debian Chromium at 360×740. Network: DESIGN §5's 2G profile (800 ms RTT, 280 kbit/s down) where",
      'stated. These are measurements, not tests: they vary with the machine and are never asserted.',
      '',
      `- Date: ${new Date().toISOString().slice(0, 10)}`,
      `- Machine: ${machine}`,
      `- Conditions: ${conditions}`,
      '',
      '| measurement | result | target |',
      '|---|---|---|',
      ...rows.map((r) => `| ${r.what} | ${r.value} | ${r.target ?? ''} |`),
      '',
    ].join('\n');
    writeFileSync('docs/bench.md', md);
    console.log('Written to docs/bench.md');
  }
}

await main();
