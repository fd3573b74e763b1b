/**
 * npm run build — content check, page bundle, language packs, prerendered pages, service worker.
 * Output in dist/ is a static site for any host; see README "Deploy".
 */
import { build as esbuild } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';
import { injectManifest } from 'workbox-build';
import type { Assets } from '../src/app/document';
import { sitePath } from '../src/app/routes';
import { SCREEN_MODULES, type ScreenName } from '../src/app/screens';
import { formatError } from './content/errors';
import { buildPacks, writePacks } from './content/compile-packs';
import { hsdsApiFiles } from './directory/hsds-api';
import { writeFilesAtomically } from './write-atomically';
import { inlineStyles } from './lib/inline-styles';
import { CSP_FILE, cspWith } from '../src/app/csp';
import { PACK_MANIFEST_URL, RESCUE_URL, distPath } from '../src/content/pack-urls';
import { loadContent } from './content/load-content';
import { sizeReport } from './sizes';
import { ogCards, writeOgImages } from './og-images';
import { writeLeaflets } from './lib/leaflets';
import { leafletSummary } from './lib/leaflet-summary';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const tmp = join(root, '.tmp');
const origin = (process.env.SITE_ORIGIN ?? 'http://localhost:4173').replace(/\/$/, '');

// Time per stage, printed at the end, so a build that stops growing linearly shows where.
const stages: { name: string; started: number }[] = [];
function step(name: string) {
  stages.push({ name, started: performance.now() });
  console.log(`\n▸ ${name}`);
}
function stageTimes(): string {
  const end = performance.now();
  const rows = stages.map((s, i) => ({ name: s.name, ms: (stages[i + 1]?.started ?? end) - s.started }));
  const width = Math.max(...rows.map((r) => r.name.length));
  return [...rows, { name: 'Total', ms: end - stages[0]!.started }].map((r) => `  ${r.name.padEnd(width)}  ${(r.ms / 1000).toFixed(1).padStart(6)} s`).join('\n');
}

step('Checking content');
const { content, errors } = loadContent(root);
if (errors.length) {
  for (const e of errors) console.error(`  ✗ ${formatError(e)}`);
  console.error(`\nBuild stopped: ${errors.length} content problem(s). Run npm run content:check for the full report.`);
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
rmSync(tmp, { recursive: true, force: true });

step('Bundling the page (Vite)');
await viteBuild({ root, logLevel: 'warn', configFile: join(root, 'vite.config.ts') });
await viteBuild({
  root,
  logLevel: 'warn',
  configFile: join(root, 'vite.config.ts'),
  build: { ssr: 'src/prerender.tsx', outDir: join(tmp, 'ssr'), manifest: false, emptyOutDir: true },
  ssr: { noExternal: true },
});

type ManifestChunk = { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[] };
const viteManifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const entry = viteManifest['src/main.tsx']!;
const assets: Assets = {
  js: sitePath(entry.file),
  // With cssCodeSplit off, Vite lists the one stylesheet as its own manifest entry.
  css: [...new Set([...(entry.css ?? []), ...Object.values(viteManifest).map((m) => m.file).filter((f) => f.endsWith('.css'))])].map(
    sitePath,
  ),
  modulepreload: (entry.imports ?? []).map((k) => sitePath(viteManifest[k]!.file)),
};
const styles = await inlineStyles(assets.css.map((href) => readFileSync(join(dist, href), 'utf8')).join('\n'));
assets.inline = { css: styles.css, csp: styles.csp };
writeFileSync(join(dist, CSP_FILE), cspWith([styles.hash]).header);
/** A chunk and everything it imports statically, minus what the entry already brings. */
function chunkClosure(key: string, seen = new Set<string>()): string[] {
  if (seen.has(key) || key === 'src/main.tsx') return [];
  seen.add(key);
  const chunk = viteManifest[key]!;
  return [sitePath(chunk.file), ...(chunk.imports ?? []).flatMap((k) => chunkClosure(k, seen))];
}
const screenChunks = Object.fromEntries(
  Object.entries(SCREEN_MODULES).map(([name, module]) => [name, chunkClosure(module)]),
) as Record<ScreenName, string[]>;
writeFileSync(join(tmp, 'screen-chunks.json'), JSON.stringify(screenChunks));
rmSync(join(dist, '.vite'), { recursive: true, force: true });

step('Copying on-demand script fonts');
// Subsets of Noto (SIL Open Font License), served from our own origin, fetched only by phones
// that cannot draw these scripts themselves (src/app/script-font.ts).
mkdirSync(join(dist, 'fonts'), { recursive: true });
for (const [name, subset] of [['myanmar', 'myanmar'], ['khmer', 'khmer'], ['lao', 'lao']]) {
  const dir = join(root, `node_modules/@fontsource/noto-sans-${name}`);
  copyFileSync(join(dir, `files/noto-sans-${name}-${subset}-400-normal.woff2`), join(dist, `fonts/noto-sans-${name}.woff2`));
  copyFileSync(join(dir, 'LICENSE'), join(dist, `fonts/noto-sans-${name}.LICENSE.txt`));
}

step('Compiling language packs');
// One date for the packs and the pages, so "not checked for over a year" agrees between them.
const today = new Date().toISOString().slice(0, 10);
const packs = buildPacks(content, today);
const manifest = writePacks(packs, dist);

step('Drawing link-preview images');
const ogStarted = Date.now();
const ogImages = await writeOgImages(ogCards(packs), dist, join(root, '.cache/og'));
console.log(
  ogImages
    ? `  ${ogImages.size} images (${((Date.now() - ogStarted) / 1000).toFixed(1)} s)`
    : '  ! No Chromium found: pages are built without og:image. Install chromium (apt-get install chromium) for link-preview images.',
);

step('Prerendering pages');
const ssr = (await import(pathToFileURL(join(tmp, 'ssr', 'prerender.js')).href)) as typeof import('../src/prerender');
const ctx = {
  packs,
  manifest,
  assets,
  screenChunks,
  origin,
  ogImages: [...(ogImages ?? [])],
  today,
};
const pages = ssr.renderAll(ctx);
const slices = new Map(pages.flatMap((p) => (p.slice ? [[p.slice.path, p.slice.body] as const] : [])));
for (const d of new Set([...slices.keys()].map((p) => dirname(join(dist, p))))) mkdirSync(d, { recursive: true });
writeFilesAtomically([...slices].map(([path, body]) => ({ path: join(dist, path), body })));
for (const page of pages) {
  const file = join(dist, page.path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFilesAtomically([{ path: file, body: page.html }]);
}
writeFileSync(join(dist, 'shell.html'), ssr.renderShell(ctx));
console.log(`  ${pages.length} pages in ${Object.keys(packs).length} languages, ${slices.size} page-sized pack slices`);

step('Writing corridor leaflets');
const leaflets = await writeLeaflets(packs, { root, dist, origin, built: today });
console.log(leafletSummary(leaflets));

step('Writing the HSDS 3 API');
const apiFiles = hsdsApiFiles(
  { services: content.services, text: content.text.en!.services, sources: content.sources },
  Object.fromEntries(Object.entries(content.text).map(([l, t]) => [l, t.services])),
  origin,
);
for (const d of new Set(apiFiles.map((f) => dirname(join(dist, f.path))))) mkdirSync(d, { recursive: true });
writeFilesAtomically(apiFiles.map((f) => ({ path: join(dist, f.path), body: JSON.stringify(f.body) })));
copyFileSync(join(root, '..', 'shared', 'reference', 'hsds-3.0', 'schema', 'openapi.json'), join(dist, 'hsds', 'openapi.json'));
console.log(`  ${apiFiles.length} files under /hsds/ (${Object.keys(content.text).length} languages)`);

step('Building the service worker (Workbox)');
const swTmp = join(tmp, 'sw.js');
await esbuild({
  entryPoints: [join(root, 'src/sw/index.ts')],
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  outfile: swTmp,
  define: {
    'process.env.NODE_ENV': '"production"',
    // The worker knows its own build's packs, so it can refuse any other bytes under their names.
    __SAFEROUTE_PACKS__: JSON.stringify(Object.fromEntries(Object.entries(manifest.packs).map(([l, p]) => [l, { url: p.url, sha256: p.sha256 }]))),
  },
  logLevel: 'warning',
});
const sw = await injectManifest({
  swSrc: swTmp,
  swDest: join(dist, 'sw.js'),
  globDirectory: dist,
  // The stylesheet is inline in every page and in the shell.
  globPatterns: ['shell.html', 'assets/**/*.js', 'manifest.webmanifest', 'icons/*', distPath(PACK_MANIFEST_URL), distPath(RESCUE_URL)],
  // Hashed file names are their own revision.
  dontCacheBustURLsMatching: /^assets\//,
});
for (const w of sw.warnings) console.warn(`  ! ${w}`);
console.log(`  precaches ${sw.count} files (${(sw.size / 1024).toFixed(1)} KiB before compression)`);

step('Sizes (gzip)');
const sizes = sizeReport(dist, screenChunks);
console.log(sizes.table);
// A directory import of thousands of rows can push a page past its budget: the build says so and stops.
if (sizes.violations.length) {
  for (const v of sizes.violations) console.error(`✗ ${v.what} over budget: ${v.file} is ${(v.bytes / 1000).toFixed(1)} KB ${v.raw ? 'raw' : 'gzip'} (budget ${(v.budget / 1000).toFixed(0)} KB)`);
  process.exit(1);
}
console.log(`\n▸ Time per stage\n${stageTimes()}`);
console.log(`\nBuilt into ${dist}. Serve it with: npm run serve`);
