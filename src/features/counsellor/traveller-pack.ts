/**
 * The traveller's language pack, loaded beside the page's own (the counsellor's). Packs are
 * kept in the pack cache as they are fetched, so a language once chosen works offline.
 */
import { PACK_CACHE } from '../../content/cache-names';
import { fetchManifest, loadPack, PackUnavailable } from '../../content/load-pack';
import type { Pack } from '../../content/pack';

export async function loadTravellerPack(lang: string, own: Pack): Promise<Pack> {
  if (lang === own.lang) return own;
  const pack = await loadPack(lang);
  if (pack.lang === lang) return pack;
  // loadPack() prefers the pack named in the page's <meta name="saferoute:pack">, whatever
  // language it is asked for, so on a prerendered page it hands back the page's own pack.
  // Until it checks the language, look the pack up in the manifest here. (Reported.)
  return packFromManifest(lang);
}

async function packFromManifest(lang: string): Promise<Pack> {
  const cache = 'caches' in self ? await caches.open(PACK_CACHE) : undefined;
  try {
    const url = (await fetchManifest()).packs[lang]?.url;
    if (url) {
      const res = await fetch(url);
      if (res.ok) {
        await cache?.put(url, res.clone()).catch(() => undefined);
        return (await res.json()) as Pack;
      }
    }
  } catch {
    // Offline: a pack of this language kept earlier will do.
  }
  const key = (await cache?.keys())?.find((req) => new URL(req.url).pathname.startsWith(`/packs/${lang}.`));
  const res = key && (await cache?.match(key));
  if (res) return (await res.json()) as Pack;
  throw new PackUnavailable(lang);
}
