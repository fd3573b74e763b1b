/**
 * The traveller's language pack, loaded beside the page's own (the counsellor's). loadPack keeps
 * every pack it fetches, so a language once chosen works offline.
 */
import { loadPack } from '../../content/load-pack';
import type { Pack } from '../../content/pack';

export async function loadTravellerPack(lang: string, own: Pack): Promise<Pack> {
  return lang === own.lang ? own : loadPack(lang);
}
