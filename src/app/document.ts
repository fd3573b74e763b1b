/**
 * The HTML document around a rendered page: language and direction, localized title and
 * description, Open Graph tags for link previews, canonical and hreflang links, the CSP,
 * and the hashed assets. Build time only.
 */
import { CSP_META } from './csp';

export interface Assets {
  js: string;
  css: string[];
  /**
   * The stylesheet itself, put inline so the first paint needs one request, with the CSP
   * (hash source) that allows exactly it. When set, `css` is not linked.
   */
  inline?: { css: string; csp: string };
  modulepreload: string[];
}

export interface DocumentParts {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  /** Absolute origin for canonical and og:url, e.g. https://saferoute.example */
  origin: string;
  /** Canonical path of this page; omitted for the offline shell. */
  path?: string;
  /** Paths of this page in every built language, for hreflang. */
  alternates?: Record<string, string>;
  packUrl?: string;
  /** SHA-256 of that pack, so the page can refuse a damaged or foreign copy. */
  packSha256?: string;
  /** The page-sized slice of the pack the page becomes interactive with, and its SHA-256. */
  sliceUrl?: string;
  sliceSha256?: string;
  /** The deployment this page belongs to (the pack manifest's version). */
  build?: string;
  /** Path of the link-preview image, when one was drawn. */
  image?: string;
  languages: string[];
  assets: Assets;
  body: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function renderDocument(p: DocumentParts): string {
  const e = escapeHtml;
  const abs = (path: string) => e(p.origin + path);
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">',
    `<meta http-equiv="Content-Security-Policy" content="${e(p.assets.inline?.csp ?? CSP_META)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${e(p.title)}</title>`,
    `<meta name="description" content="${e(p.description)}">`,
    '<meta name="theme-color" content="#0d5c4a">',
    '<meta property="og:type" content="website">',
    '<meta property="og:site_name" content="SafeRoute">',
    `<meta property="og:title" content="${e(p.title)}">`,
    `<meta property="og:description" content="${e(p.description)}">`,
    `<meta property="og:locale" content="${e(p.lang)}">`,
  ];
  if (p.image) {
    head.push(
      `<meta property="og:image" content="${abs(p.image)}">`,
      '<meta property="og:image:width" content="1200">',
      '<meta property="og:image:height" content="630">',
      `<meta property="og:image:alt" content="${e(p.title)}">`,
      '<meta name="twitter:card" content="summary_large_image">',
    );
  }
  if (p.path !== undefined) {
    head.push(`<meta property="og:url" content="${abs(p.path)}">`, `<link rel="canonical" href="${abs(p.path)}">`);
  }
  for (const [lang, path] of Object.entries(p.alternates ?? {})) {
    head.push(`<link rel="alternate" hreflang="${e(lang)}" href="${abs(path)}">`);
  }
  if (p.alternates?.en) head.push(`<link rel="alternate" hreflang="x-default" href="${abs(p.alternates.en)}">`);
  head.push(
    '<link rel="manifest" href="/manifest.webmanifest">',
    '<link rel="icon" href="/icons/icon.svg" type="image/svg+xml">',
    ...(p.assets.inline ? [`<style>${p.assets.inline.css}</style>`] : p.assets.css.map((href) => `<link rel="stylesheet" href="${e(href)}">`)),
    ...p.assets.modulepreload.map((href) => `<link rel="modulepreload" href="${e(href)}">`),
  );
  if (p.sliceUrl && p.sliceSha256) {
    // Start the slice download with the script instead of after it: one round trip less on 2G.
    // The full pack is not preloaded: on 2G it would share the line with what the page needs now.
    head.push(`<link rel="preload" href="${e(p.sliceUrl)}" as="fetch" crossorigin="anonymous">`);
    head.push(`<meta name="saferoute:slice" content="${e(p.sliceUrl)}">`);
    head.push(`<meta name="saferoute:slice-sha256" content="${e(p.sliceSha256)}">`);
  } else if (p.packUrl) {
    head.push(`<link rel="preload" href="${e(p.packUrl)}" as="fetch" crossorigin="anonymous">`);
  }
  if (p.packUrl) {
    head.push(`<meta name="saferoute:pack" content="${e(p.packUrl)}">`);
    if (p.packSha256) head.push(`<meta name="saferoute:pack-sha256" content="${e(p.packSha256)}">`);
  }
  if (p.build) head.push(`<meta name="saferoute:build" content="${e(p.build)}">`);
  head.push(`<meta name="saferoute:languages" content="${e(p.languages.join(','))}">`);
  head.push(`<script type="module" src="${e(p.assets.js)}"></script>`);
  return `<!doctype html>\n<html lang="${e(p.lang)}" dir="${p.dir}">\n<head>\n${head.join('\n')}\n</head>\n<body>\n<div id="app">${p.body}</div>\n</body>\n</html>\n`;
}
