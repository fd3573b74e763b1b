/**
 * Directory search over a generated directory of 2,000 services, in the page, with the CPU
 * slowed 4× (a cheap Android phone): the real search code from src/content/search.ts, bundled
 * for the browser, fed with real pack records in several scripts.
 */
import type { Browser } from '@playwright/test';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack, PackManifest, ServiceEntry } from '../../src/content/pack';
import { PACK_MANIFEST_URL, distPath } from '../../src/content/pack-urls';

export const DEFAULT_SIZES = [2000, 10_000, 50_000];
const RUNS_PER_QUERY = 5;

/** Real services from every built language, cloned with new ids until there are `size` of them. */
export function generateDirectory(dist: string, size: number): ServiceEntry[] {
  const manifest = JSON.parse(readFileSync(join(dist, distPath(PACK_MANIFEST_URL)), 'utf8')) as PackManifest;
  // Each pack's services in its language; where the content falls back to English, the
  // pack's own category names still put that language's script into the searchable text.
  const base: ServiceEntry[] = Object.values(manifest.packs).flatMap((p) => {
    const pack = JSON.parse(readFileSync(join(dist, p.url), 'utf8')) as Pack;
    const names = (pack.ui as { category: Record<string, string> }).category;
    return pack.services.map((s) => ({
      ...s,
      text: { ...s.text, description: `${s.text.description} ${s.categories.map((c) => names[c]).join(' ')}` },
    }));
  });
  const areas = ['Johor', 'Selangor', 'Bangkok', 'Chiang Mai', 'Yangon', 'Colombo', 'Kathmandu', 'Dhaka', 'Seoul', 'Dubai'];
  return Array.from({ length: size }, (_, i) => {
    const s = base[i % base.length]!;
    return { ...s, id: `${s.id}-${i}`, area: s.area ?? areas[i % areas.length], text: { ...s.text, name: `${s.text.name} ${i}` } };
  });
}

const QUERIES: { label: string; q: Record<string, unknown>; lang: string }[] = [
  { label: 'one English word', q: { q: 'shelter' }, lang: 'en' },
  { label: 'two English words', q: { q: 'trafficking hotline' }, lang: 'en' },
  { label: 'no match', q: { q: 'zzzzqqq' }, lang: 'en' },
  { label: 'Thai, no spaces', q: { q: 'สายด่วนตำรวจ' }, lang: 'th' },
  { label: 'Burmese, no spaces', q: { q: 'ဖုန်းအကူအညီ' }, lang: 'my' },
  { label: 'Sinhala', q: { q: 'රැකියා' }, lang: 'si' },
  { label: 'country + category', q: { country: 'MY', category: 'hotline' }, lang: 'en' },
  { label: 'country + query + open now', q: { country: 'TH', q: 'labour', openNow: true }, lang: 'en' },
  { label: 'free + women + language', q: { free: true, served: 'women', language: 'en' }, lang: 'en' },
];

export async function runSearchBench(browser: Browser, size: number, dist = 'dist'): Promise<{ what: string; value: string; target?: string }[]> {
  const bundle = await build({
    stdin: { contents: "export * from './src/content/search.ts';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'SafeRouteSearch',
    minify: true,
    write: false,
    target: 'es2020',
  });
  const directory = generateDirectory(dist, size);
  const page = await browser.newPage();
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  // tsx compiles this file with esbuild's keepNames, which wraps the evaluated function in __name().
  await page.addScriptTag({ content: 'window.__name = (f) => f;' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

  const result = await page.evaluate(
    ({ directory, queries, runs }) => {
      const api = (window as unknown as { SafeRouteSearch: typeof import('../../src/content/search') }).SafeRouteSearch;
      const t0 = performance.now();
      const index = api.buildIndex(directory, (c: string) => [c], (c: string) => [c]);
      // What the directory page does at idle, before the first query.
      index.prepare();
      const indexMs = performance.now() - t0;
      const times: number[] = [];
      const perQuery: Record<string, number> = {};
      for (const { label, q, lang } of queries) {
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          const hits = api.search(index, q, lang);
          times.push(performance.now() - start);
          perQuery[label] = hits.length;
        }
      }
      const first = times[0]!;
      times.sort((a, b) => a - b);
      const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
      return { indexMs, first, p50: pct(50), p95: pct(95), n: times.length, perQuery };
    },
    { directory, queries: QUERIES, runs: RUNS_PER_QUERY },
  );
  await page.close();
  console.log(`search results per query at ${size}: ${Object.entries(result.perQuery).map(([k, v]) => `${k}: ${v}`).join('; ')}`);
  return [
    { what: `directory search, ${size.toLocaleString('en')} services, 4× CPU slowdown: build the index once`, value: `${result.indexMs.toFixed(1)} ms` },
    { what: `directory search, ${size.toLocaleString('en')} services, 4× CPU slowdown: first query ("shelter")`, value: `${result.first.toFixed(1)} ms` },
    { what: `directory search, ${size.toLocaleString('en')} services, 4× CPU slowdown: p50 of ${result.n} searches`, value: `${result.p50.toFixed(1)} ms` },
    { what: `directory search, ${size.toLocaleString('en')} services, 4× CPU slowdown: p95 of ${result.n} searches`, value: `${result.p95.toFixed(1)} ms`, target: '≤ 50 ms' },
  ];
}
