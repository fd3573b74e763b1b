/**
 * The service worker. Workbox precaches the app shell (this build's JS, CSS, shell page and
 * pack manifest). Language packs are cached as they are used or downloaded. Navigations get the
 * shell whenever the page's language pack is on the device, so every page of a language that
 * was visited or downloaded opens instantly and with no network; otherwise the network's
 * prerendered page, and the shell if the network fails.
 * Updates wait until the page asks (SKIP_WAITING after the person taps "Update now").
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { PACK_CACHE } from '../content/cache-names';
import type { PackManifest } from '../content/pack';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

const SHELL = '/shell.html';
const MANIFEST = '/packs/manifest.json';

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Take control of pages already open on the very first install, so they work offline at once.
clientsClaim();

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/packs/') && url.pathname !== MANIFEST,
  // Pack names carry their content hash: a cached pack never goes stale.
  new CacheFirst({ cacheName: PACK_CACHE }),
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/fonts/'),
  // Fetched only by phones that need them; kept so the script still renders offline.
  new CacheFirst({ cacheName: 'saferoute-fonts' }),
);

async function packIsCached(lang: string): Promise<boolean> {
  const res = await matchPrecache(MANIFEST);
  if (!res) return false;
  const manifest = (await res.json()) as PackManifest;
  const url = manifest.packs[lang]?.url;
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
