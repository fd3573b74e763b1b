import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, DB_NAME } from '../../../src/storage/db';
import { installedPacks, installPack, PackInstallError } from '../../../src/storage/installed-packs';

/** A minimal Cache Storage: enough to see exactly what an install leaves behind. */
class MemoryCache {
  entries = new Map<string, Response>();
  async put(url: string, res: Response) {
    this.entries.set(new URL(url, 'https://app.test').href, res);
  }
  async match(url: string) {
    return this.entries.get(new URL(url, 'https://app.test').href)?.clone();
  }
  async keys() {
    return [...this.entries.keys()].map((u) => new Request(u));
  }
  async delete(req: Request | string) {
    return this.entries.delete(new URL(typeof req === 'string' ? req : req.url, 'https://app.test').href);
  }
}
const cache = new MemoryCache();
vi.stubGlobal('caches', { open: async () => cache });
vi.stubGlobal('navigator', { storage: { persist: async () => true } });

const body = JSON.stringify({ lang: 'si', ui: {} });
const entry = {
  url: '/packs/si.abcdef0123.json',
  sha256: createHash('sha256').update(body).digest('hex'),
  bytes: body.length,
  gzipBytes: 0,
};
const serve = (text: string, status = 200) => (async () => new Response(text, { status })) as unknown as typeof fetch;

beforeEach(async () => {
  cache.entries.clear();
  await closeDatabase();
  await new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = resolve;
  });
});

describe('installing a language pack', () => {
  it('a verified pack is cached and recorded', async () => {
    await installPack('si', entry, serve(body));
    expect([...cache.entries.keys()]).toEqual(['https://app.test/packs/si.abcdef0123.json']);
    expect(await installedPacks()).toMatchObject({ si: { sha256: entry.sha256, bytes: body.length } });
  });

  it('a corrupt download is rejected and leaves nothing behind', async () => {
    const err = await installPack('si', entry, serve(body.replace('si', 'xx'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PackInstallError);
    expect((err as PackInstallError).reason).toBe('corrupt');
    expect(cache.entries.size).toBe(0);
    expect(await installedPacks()).toEqual({});
  });

  it('an interrupted download (network error or HTTP error) leaves nothing behind', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(installPack('si', entry, failing)).rejects.toMatchObject({ reason: 'offline' });
    await expect(installPack('si', entry, serve('', 503))).rejects.toMatchObject({ reason: 'offline' });
    expect(cache.entries.size).toBe(0);
    expect(await installedPacks()).toEqual({});
  });

  it("keeps an older build's pack beside the new one until the worker that serves that build is replaced", async () => {
    await cache.put('/packs/si.0000000000.json', new Response('old'));
    await cache.put('/packs/ta.1111111111.json', new Response('other language'));
    await installPack('si', entry, serve(body));
    expect([...cache.entries.keys()].sort()).toEqual([
      'https://app.test/packs/si.0000000000.json',
      'https://app.test/packs/si.abcdef0123.json',
      'https://app.test/packs/ta.1111111111.json',
    ]);
  });

  it('uses an intact cached copy without downloading again', async () => {
    await cache.put(entry.url, new Response(body));
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await installPack('si', entry, offline);
    expect(await installedPacks()).toMatchObject({ si: { sha256: entry.sha256 } });
  });
});
