import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PackLoadError, verifiedPack } from '../../../src/content/pack-integrity';

class MemoryCache {
  entries = new Map<string, ArrayBuffer>();
  async match(url: string) {
    const b = this.entries.get(url);
    return b ? new Response(b.slice(0)) : undefined;
  }
  async put(url: string, res: Response) {
    this.entries.set(url, await res.arrayBuffer());
  }
  async delete(url: string) {
    return this.entries.delete(url);
  }
}

const good = JSON.stringify({ lang: 'si', services: [{ phones: [{ number: '1989' }] }] });
const expected = { url: '/packs/si.abc.json', sha256: createHash('sha256').update(good).digest('hex') };
const text = (b: ArrayBuffer) => new TextDecoder().decode(b);

/** Answers in turn from `replies`; each is a body, a status, or a network error. */
function network(...replies: (string | number | Error)[]) {
  const calls: RequestInit[] = [];
  const impl = (async (_url: string, init: RequestInit) => {
    calls.push(init);
    const r = replies[Math.min(calls.length - 1, replies.length - 1)]!;
    if (r instanceof Error) throw r;
    return typeof r === 'number' ? new Response('', { status: r }) : new Response(r);
  }) as unknown as typeof fetch;
  return { impl, calls };
}

describe('verified packs', () => {
  const faults: [string, string][] = [
    ['a body cut short', good.slice(0, 40)],
    ["a captive portal's login page", '<!doctype html><title>Login to Wi-Fi</title>'],
    ['a tampered pack that is still valid JSON', good.replace('1989', '0000')],
  ];
  for (const [name, bad] of faults) {
    it(`refuses ${name}, never caches it, and heals once the network answers correctly`, async () => {
      const cache = new MemoryCache();
      const net = network(bad, good);
      const body = await verifiedPack(cache as unknown as Cache, expected, net.impl);
      expect(text(body)).toBe(good);
      expect(net.calls).toHaveLength(2);
      // The retry bypasses the HTTP cache, which may hold the bad copy.
      expect(net.calls[1]!.cache).toBe('reload');
      expect(text(cache.entries.get(expected.url)!)).toBe(good);
    });
  }

  it('gives up after a bounded number of attempts and says the copy was damaged', async () => {
    const cache = new MemoryCache();
    const net = network(good.slice(0, 10));
    const err = await verifiedPack(cache as unknown as Cache, expected, net.impl, 3).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PackLoadError);
    expect((err as PackLoadError).reason).toBe('damaged');
    expect(net.calls).toHaveLength(3);
    expect(cache.entries.size).toBe(0);
  });

  it('evicts a cached copy damaged on the phone and fetches it again', async () => {
    const cache = new MemoryCache();
    cache.entries.set(expected.url, new TextEncoder().encode(good.replace('1989', '989')).buffer as ArrayBuffer);
    const net = network(good);
    expect(text(await verifiedPack(cache as unknown as Cache, expected, net.impl))).toBe(good);
    expect(text(cache.entries.get(expected.url)!)).toBe(good);
  });

  it('serves an intact cached copy with no network at all', async () => {
    const cache = new MemoryCache();
    cache.entries.set(expected.url, new TextEncoder().encode(good).buffer as ArrayBuffer);
    const net = network(new TypeError('offline'));
    expect(text(await verifiedPack(cache as unknown as Cache, expected, net.impl))).toBe(good);
    expect(net.calls).toHaveLength(0);
  });

  it('reports unreachable, not damaged, when offline, and does not keep asking for a pack that is gone', async () => {
    const offline = network(new TypeError('offline'));
    await expect(verifiedPack(undefined, expected, offline.impl)).rejects.toMatchObject({ reason: 'unreachable' });
    const gone = network(404);
    await expect(verifiedPack(undefined, expected, gone.impl)).rejects.toMatchObject({ reason: 'unreachable' });
    expect(gone.calls).toHaveLength(1);
  });
});
