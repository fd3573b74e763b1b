/**
 * Loads a language pack in the page, verified against the manifest of the build that made
 * this page. The prerendered page names its pack and hash in <meta>; the offline shell looks
 * them up in its own build's manifest. A pack from another build is never used: old text
 * under new code (or the reverse) is how a wrong number reaches a reader.
 */
import { PACK_CACHE } from './cache-names';
import type { Pack, PackManifest } from './pack';
import { PACK_MANIFEST_URL, packLanguageOf, sliceLanguageOf } from './pack-urls';
import { PackLoadError, verifiedPack, type ExpectedPack } from './pack-integrity';

export { PackLoadError };

const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;

/** The build this page belongs to. */
export function pageBuild(): string | undefined {
  return meta('saferoute:build');
}

/**
 * This build's pack manifest. The service worker answers from its precache, which may belong
 * to an older build than a page fresh from the network; then the page asks the network.
 */
export async function fetchManifest(): Promise<PackManifest> {
  const build = pageBuild();
  const get = async (url: string) => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`manifest: HTTP ${res.status}`);
    return (await res.json()) as PackManifest;
  };
  const manifest = await get(PACK_MANIFEST_URL);
  if (!build || manifest.version === build) return manifest;
  const fresh = await get(`${PACK_MANIFEST_URL}?build=${encodeURIComponent(build)}`);
  if (fresh.version !== build) throw new PackLoadError('unreachable', PACK_MANIFEST_URL);
  return fresh;
}

async function expectedPack(lang: string): Promise<ExpectedPack> {
  // The page names its own language's pack; counsellor mode also asks for the traveller's.
  const url = meta('saferoute:pack');
  const sha256 = meta('saferoute:pack-sha256');
  if (url && packLanguageOf(url) === lang && sha256) return { url, sha256 };
  let manifest: PackManifest;
  try {
    manifest = await fetchManifest();
  } catch (err) {
    if (err instanceof PackLoadError) throw err;
    throw new PackLoadError('unreachable', PACK_MANIFEST_URL);
  }
  const entry = manifest.packs[lang];
  if (!entry) throw new PackLoadError('unreachable', PACK_MANIFEST_URL);
  return { url: entry.url, sha256: entry.sha256 };
}

async function packCache(): Promise<Cache | undefined> {
  if (!('caches' in self)) return undefined;
  // Storage can be refused (private modes, a full disk): the page still loads from the network.
  return caches.open(PACK_CACHE).catch(() => undefined);
}

/**
 * The pack for `lang`, kept in the cache once verified so every page of the language opens
 * again offline. Done here as well as in the service worker because on the very first visit
 * the pack is fetched before the worker is installed.
 */
export async function loadPack(lang: string): Promise<Pack> {
  const expected = await expectedPack(lang);
  const body = await verifiedPack(await packCache(), expected);
  return JSON.parse(new TextDecoder().decode(body)) as Pack;
}

/**
 * The page-sized slice the prerendered page names, verified, or nothing: a page without one
 * (the offline shell) or whose slice fails its check waits for the full pack instead. Slices
 * are not kept; the full pack is what a phone holds.
 */
export async function loadSlice(lang: string): Promise<Pack | undefined> {
  const url = meta('saferoute:slice');
  const sha256 = meta('saferoute:slice-sha256');
  if (!url || sliceLanguageOf(url) !== lang || !sha256) return undefined;
  try {
    const body = await verifiedPack(undefined, { url, sha256 }, fetch, 1);
    return JSON.parse(new TextDecoder().decode(body)) as Pack;
  } catch {
    return undefined;
  }
}
