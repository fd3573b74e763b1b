/**
 * "Download for offline": a language pack is fetched whole, its SHA-256 checked against the
 * manifest, and only then put in the cache and recorded. A failed or corrupt download leaves
 * nothing behind, so the app never trusts half a pack.
 */
import { PACK_CACHE } from '../content/cache-names';
import type { PackManifestEntry } from '../content/pack';
import { database } from './db';
import { PackLoadError, verifiedFromCache, verifiedPack } from '../content/pack-integrity';

export type InstallError = 'offline' | 'corrupt' | 'no-space';

export class PackInstallError extends Error {
  constructor(readonly reason: InstallError, message: string) {
    super(message);
  }
}

/** Downloads and verifies one language pack; resolves once it is fully in place. */
export async function installPack(lang: string, entry: PackManifestEntry, fetchImpl: typeof fetch = fetch): Promise<void> {
  const cache = await caches.open(PACK_CACHE);
  let body = await verifiedFromCache(cache, entry);
  if (!body) {
    try {
      body = await verifiedPack(undefined, entry, fetchImpl);
    } catch (err) {
      const reason = err instanceof PackLoadError && err.reason === 'damaged' ? 'corrupt' : 'offline';
      throw new PackInstallError(reason, (err as Error).message);
    }
  }
  try {
    // One put of verified bytes: the cache holds the whole pack or none of it. Older builds'
    // packs stay until the service worker that uses them is replaced.
    await cache.put(entry.url, new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    await (await database()).put('installed', {
      lang,
      url: entry.url,
      sha256: entry.sha256,
      bytes: entry.bytes,
      installed: new Date().toISOString(),
    });
  } catch (err) {
    if ((err as DOMException).name === 'QuotaExceededError') throw new PackInstallError('no-space', 'Storage is full');
    throw err;
  }
  // Ask the browser not to evict what the person chose to keep; a refusal changes nothing else.
  await navigator.storage?.persist?.().catch(() => false);
}

/** The languages installed for offline use, keyed by code. */
export async function installedPacks(): Promise<Record<string, { sha256: string; bytes: number }>> {
  const all = await (await database()).getAll('installed');
  return Object.fromEntries(all.map((p) => [p.lang, p]));
}
