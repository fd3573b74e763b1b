/**
 * A pack is trusted only when its bytes hash to what this build's manifest says, wherever it
 * comes from: the network (a captive portal's login page, a body cut short on 2G), or the
 * cache (a copy damaged on the phone). Shared by the page and the service worker, so both
 * apply one rule. A bad copy is evicted and fetched again, a bounded number of times.
 */

export interface ExpectedPack {
  url: string;
  sha256: string;
}

export type PackFailure = 'damaged' | 'unreachable';

export class PackLoadError extends Error {
  constructor(
    readonly reason: PackFailure,
    readonly url: string,
  ) {
    super(reason === 'damaged' ? `${url} failed its integrity check` : `${url} could not be fetched`);
  }
}

export async function sha256Hex(data: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** The cached copy, when it is intact; a damaged copy is deleted so it is never served again. */
export async function verifiedFromCache(cache: Cache, expected: ExpectedPack): Promise<ArrayBuffer | undefined> {
  const hit = await cache.match(expected.url);
  if (!hit) return undefined;
  const body = await hit.arrayBuffer().catch(() => undefined);
  if (body && (await sha256Hex(body)) === expected.sha256) return body;
  await cache.delete(expected.url);
  return undefined;
}

/**
 * The pack's bytes, verified: from the cache if intact, else from the network, retried with
 * the HTTP cache bypassed (a proxy may hold the bad copy). Only verified bytes are cached.
 */
export async function verifiedPack(
  cache: Cache | undefined,
  expected: ExpectedPack,
  fetchImpl: typeof fetch = fetch,
  attempts = 3,
): Promise<ArrayBuffer> {
  const cached = cache && (await verifiedFromCache(cache, expected));
  if (cached) return cached;
  let reason: PackFailure = 'unreachable';
  for (let i = 0; i < attempts; i++) {
    let body: ArrayBuffer;
    try {
      const res = await fetchImpl(expected.url, { cache: i === 0 ? 'default' : 'reload' });
      if (!res.ok) {
        // A 404 after a new deployment will not heal by asking again.
        if (res.status === 404 || res.status === 410) break;
        continue;
      }
      body = await res.arrayBuffer();
    } catch {
      continue;
    }
    if ((await sha256Hex(body)) !== expected.sha256) {
      reason = 'damaged';
      continue;
    }
    if (cache) await cache.put(expected.url, new Response(body, { headers: JSON_HEADERS })).catch(() => undefined);
    return body;
  }
  throw new PackLoadError(reason, expected.url);
}
