/**
 * Where packs live on the origin: the one owner of every /packs/ path. The build writes files
 * at these paths, the page and the service worker fetch and recognise them, so the two can never
 * name a file differently.
 */

export const PACK_MANIFEST_URL = '/packs/manifest.json';
export const RESCUE_URL = '/packs/rescue.json';

/** The content-hashed full pack of one language, e.g. /packs/si.3f2a9c1b0d.json */
export const packUrl = (lang: string, sha256: string) => `/packs/${lang}.${sha256.slice(0, 10)}.json`;

/** A page-sized slice of one language's pack; pages that show the same records share one. */
export const sliceUrl = (lang: string, sha256: string) => `/packs/${lang}/slice.${sha256.slice(0, 12)}.json`;

const PACK_PATH = /^\/packs\/([a-z]{2,3})\.[0-9a-f]{10}\.json$/;
const SLICE_PATH = /^\/packs\/([a-z]{2,3})\/slice\.[0-9a-f]{12}\.json$/;

/** The language whose full pack `path` names, or undefined for any other path. */
export const packLanguageOf = (path: string) => PACK_PATH.exec(path)?.[1];

/** The language whose page slice `path` names, or undefined for any other path. */
export const sliceLanguageOf = (path: string) => SLICE_PATH.exec(path)?.[1];

/** A site path as a file path below the build's output folder (no leading slash). */
export const distPath = (url: string) => url.replace(/^\//, '');
