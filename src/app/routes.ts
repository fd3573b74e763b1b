/**
 * Every screen has one canonical URL of the form /{lang}/…, so a link shared on WhatsApp
 * opens the same page in the sender's language. The same table drives the prerenderer.
 */
import type { Pack } from '../content/pack';
import { findLanguage } from '../i18n/languages';

export const STAGE_IDS = ['before', 'border', 'after'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export type Route =
  | { name: 'root' }
  | { name: 'home'; lang: string }
  | { name: 'stage'; lang: string; stage: StageId }
  | { name: 'risk'; lang: string; id: string }
  | { name: 'pathways'; lang: string }
  | { name: 'pathway'; lang: string; id: string }
  | { name: 'services'; lang: string }
  | { name: 'service'; lang: string; id: string }
  | { name: 'settings'; lang: string }
  | { name: 'counsellor'; lang: string }
  | { name: 'handout'; lang: string }
  | { name: 'safety'; lang: string }
  | { name: 'notFound'; lang: string };

export type LangRoute = Exclude<Route, { name: 'root' }>;

/** Reads a pathname (with or without a trailing slash or index.html) into a route. */
export function parsePath(pathname: string): Route {
  const parts = pathname
    .replace(/index\.html$/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  const [lang, section, id, extra] = parts;
  if (!lang) return { name: 'root' };
  if (!findLanguage(lang)) return { name: 'notFound', lang: 'en' };
  if (extra !== undefined) return { name: 'notFound', lang };
  if (!section) return { name: 'home', lang };
  if (section === 'stages' && id && (STAGE_IDS as readonly string[]).includes(id)) return { name: 'stage', lang, stage: id as StageId };
  if (section === 'risks' && id) return { name: 'risk', lang, id };
  if (section === 'pathways') return id ? { name: 'pathway', lang, id } : { name: 'pathways', lang };
  if (section === 'services') return id ? { name: 'service', lang, id } : { name: 'services', lang };
  if (section === 'settings' && !id) return { name: 'settings', lang };
  if (section === 'counsellor' && !id) return { name: 'counsellor', lang };
  if (section === 'handout' && !id) return { name: 'handout', lang };
  if (section === 'safety' && !id) return { name: 'safety', lang };
  return { name: 'notFound', lang };
}

/**
 * The canonical path of a route, with a query string when one is given and not empty. This is
 * the one place app paths are spelled: eslint rejects a hand-built `/${lang}/…` anywhere else.
 * A string query is used as it is (already encoded), so short links stay short in a QR code.
 */
export function pathFor(route: Route, query?: URLSearchParams | Record<string, string> | string): string {
  const search = typeof query === 'string' ? query : new URLSearchParams(query).toString();
  return search ? `${routePath(route)}?${search}` : routePath(route);
}

function routePath(route: Route): string {
  if (route.name === 'root') return '/';
  const base = `/${route.lang}/`;
  switch (route.name) {
    case 'home':
    case 'notFound':
      return base;
    case 'stage':
      return `${base}stages/${route.stage}`;
    case 'risk':
      return `${base}risks/${route.id}`;
    case 'pathways':
      return `${base}pathways/`;
    case 'pathway':
      return `${base}pathways/${route.id}`;
    case 'services':
      return `${base}services/`;
    case 'service':
      return `${base}services/${route.id}`;
    case 'settings':
      return `${base}settings`;
    case 'counsellor':
      return `${base}counsellor`;
    case 'handout':
      return `${base}handout`;
    case 'safety':
      return `${base}safety`;
  }
}

/** A built file's path at the site root ("assets/main.js" → "/assets/main.js"). */
export function sitePath(file: string): string {
  return `/${file.replace(/^\/+/, '')}`;
}

/** The same screen in another language. */
export function inLanguage(route: Route, lang: string): Route {
  if (route.name === 'root') return { name: 'home', lang };
  return { ...route, lang };
}

/** Every page of one language, for the prerenderer and for "download for offline". */
export function routesFor(pack: Pack): LangRoute[] {
  const lang = pack.lang;
  return [
    { name: 'home', lang },
    ...STAGE_IDS.map((stage) => ({ name: 'stage', lang, stage }) as const),
    ...pack.risks.map((r) => ({ name: 'risk', lang, id: r.id }) as const),
    { name: 'pathways', lang },
    ...pack.pathways.map((p) => ({ name: 'pathway', lang, id: p.id }) as const),
    { name: 'services', lang },
    ...pack.services.map((s) => ({ name: 'service', lang, id: s.id }) as const),
    { name: 'settings', lang },
    { name: 'counsellor', lang },
    { name: 'handout', lang },
    { name: 'safety', lang },
  ];
}
