/**
 * "Download for offline": a language pack is fetched whole, its SHA-256 checked against the
 * manifest, and only then put in the cache and recorded. A failed or corrupt download leaves
 * nothing behind, so the app never trusts half a pack.
 */
import { PACK_CACHE } from '../content/cache-names';
import type { PackManifestEntry } from '../content/pack';
import { database } from './db';

export type InstallError = 'offline' | 'corrupt' | 'no-space';

export class PackInstallError extends Error {
  constructor(readonly reason: InstallError, message: string) {
    super(message);
  }
}

async function sha256Hex(data: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Downloads and verifies one language pack; resolves once it is fully in place. */
export async function installPack(lang: string, entry: PackManifestEntry, fetchImpl: typeof fetch = fetch): Promise<void> {
  let body: ArrayBuffer;
  try {
    const res = await fetchImpl(entry.url, { cache: 'no-cache' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    body = await res.arrayBuffer();
  } catch (err) {
    throw new PackInstallError('offline', `Could not download ${entry.url}: ${(err as Error).message}`);
  }
  const hash = await sha256Hex(body);
  if (hash !== entry.sha256) throw new PackInstallError('corrupt', `${entry.url} failed its integrity check`);

  try {
    const cache = await caches.open(PACK_CACHE);
    await cache.put(entry.url, new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    // Older packs of this language are now dead weight on a small phone.
    for (const req of await cache.keys()) {
      const path = new URL(req.url).pathname;
      if (path.startsWith(`/packs/${lang}.`) && path !== entry.url) await cache.delete(req);
    }
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
