/**
 * Loads a language pack in the page. The prerendered page names its pack in a <meta>; the
 * offline shell looks it up in the manifest. If the current pack cannot be fetched (offline,
 * after a new deployment) any earlier pack for the language in the cache is used instead:
 * slightly old text beats no text for someone with no signal.
 */
import { PACK_CACHE } from './cache-names';
import { PACK_MANIFEST_URL, type Pack, type PackManifest } from './pack';

export class PackUnavailable extends Error {
  constructor(readonly lang: string) {
    super(`No pack for "${lang}" could be loaded`);
  }
}

export async function fetchManifest(): Promise<PackManifest> {
  const res = await fetch(PACK_MANIFEST_URL);
  if (!res.ok) throw new Error(`manifest: HTTP ${res.status}`);
  return (await res.json()) as PackManifest;
}

async function packUrl(lang: string): Promise<string | undefined> {
  // The page names its own language's pack; counsellor mode also asks for the traveller's.
  const meta = document.querySelector<HTMLMetaElement>('meta[name="saferoute:pack"]');
  if (meta?.content.startsWith(`/packs/${lang}.`)) return meta.content;
  try {
    return (await fetchManifest()).packs[lang]?.url;
  } catch {
    return undefined;
  }
}

async function cachedPack(lang: string): Promise<Pack | undefined> {
  if (!('caches' in self)) return undefined;
  const cache = await caches.open(PACK_CACHE);
  const keys = await cache.keys();
  const hit = keys.find((req) => new URL(req.url).pathname.startsWith(`/packs/${lang}.`));
  const res = hit && (await cache.match(hit));
  return res ? ((await res.json()) as Pack) : undefined;
}

/**
 * Keeps the pack of every page the person opens, so that page (and every other page in the
 * language) opens again offline. Done here rather than in the service worker because on the
 * very first visit the pack is fetched before the worker is installed.
 */
async function keep(url: string, res: Response): Promise<void> {
  if (!('caches' in self)) return;
  const cache = await caches.open(PACK_CACHE);
  if (!(await cache.match(url))) await cache.put(url, res);
}

export async function loadPack(lang: string): Promise<Pack> {
  const url = await packUrl(lang);
  if (url) {
    try {
      const res = await fetch(url);
      if (res.ok) {
        void keep(url, res.clone()).catch(() => undefined);
        return (await res.json()) as Pack;
      }
    } catch {
      // Offline: fall through to whatever the cache holds.
    }
  }
  const cached = await cachedPack(lang);
  if (cached) return cached;
  throw new PackUnavailable(lang);
}
