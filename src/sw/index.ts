/**
 * The service worker. Workbox precaches the app shell (this build's JS, CSS, shell page, pack
 * manifest and rescue screen). Language packs are this build's only, verified by hash before
 * they enter the cache and again when read. Navigations get the shell whenever the page's
 * language pack is on the device, so every page of a language that was visited or downloaded
 * opens instantly and with no network; otherwise the network's prerendered page, and the shell
 * (which shows the rescue screen) if the network fails.
 * Updates wait until the page asks (SKIP_WAITING after the person taps "Update now"), and a
 * new version installs only once it holds fresh packs for every language the phone holds:
 * accepting it never leaves a language without text, and never mixes two builds.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { PACK_CACHE } from '../content/cache-names';
import { verifiedPack, type ExpectedPack } from '../content/pack-integrity';
import { packLanguageOf } from '../content/pack-urls';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };
/** This build's packs by language, written in by the build. */
declare const __SAFEROUTE_PACKS__: Record<string, ExpectedPack>;

const SHELL = '/shell.html';
const PACKS = __SAFEROUTE_PACKS__;
const BY_URL = new Map(Object.values(PACKS).map((p) => [p.url, p]));
const JSON_HEADERS = { 'Content-Type': 'application/json' };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Take control of pages already open on the very first install, so they work offline at once.
clientsClaim();

/** Fresh, verified packs for every language the phone already holds, before this version may wait. */
async function refreshHeldLanguages(): Promise<void> {
  const cache = await caches.open(PACK_CACHE);
  const held = new Set((await cache.keys()).map((r) => packLanguageOf(new URL(r.url).pathname)).filter((l) => !!l));
  // One failure fails the install: the old version keeps working and the browser tries again later.
  await Promise.all([...held].filter((l) => PACKS[l!]).map((l) => verifiedPack(cache, PACKS[l!]!, fetch, 2)));
}

/** Other builds' packs, once this build's are in place. */
async function dropOtherBuilds(): Promise<void> {
  const cache = await caches.open(PACK_CACHE);
  for (const req of await cache.keys()) {
    if (!BY_URL.has(new URL(req.url).pathname)) await cache.delete(req);
  }
}

self.addEventListener('install', (event) => event.waitUntil(refreshHeldLanguages()));
self.addEventListener('activate', (event) => event.waitUntil(dropOtherBuilds()));

registerRoute(
  ({ url }) => url.origin === self.location.origin && !!packLanguageOf(url.pathname),
  async ({ request, url }) => {
    const expected = BY_URL.get(url.pathname);
    // A page of another build (fresh from the network) asking for its own pack: pass it through
    // untouched; that page verifies it, and it is not this version's to keep.
    if (!expected) return fetch(request);
    try {
      return new Response(await verifiedPack(await caches.open(PACK_CACHE), expected, fetch, 2), { headers: JSON_HEADERS });
    } catch {
      return new Response('pack unavailable', { status: 503 });
    }
  },
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/fonts/'),
  // Fetched only by phones that need them; kept so the script still renders offline.
  new CacheFirst({ cacheName: 'saferoute-fonts' }),
);

async function packIsCached(lang: string): Promise<boolean> {
  const url = PACKS[lang]?.url;
  return !!url && !!(await (await caches.open(PACK_CACHE)).match(url));
}

async function shell(): Promise<Response> {
  return (await matchPrecache(SHELL)) ?? Response.error();
}

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
  async ({ request, url }) => {
    const lang = url.pathname.split('/')[1] ?? '';
    if (lang && (await packIsCached(lang))) return shell();
    try {
      return await fetch(request);
    } catch {
      return shell();
    }
  },
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
