/** Cache Storage names shared by the page and the service worker. */
export const PACK_CACHE = 'saferoute-packs';
