/**
 * Build-time entry (bundled by Vite in SSR mode): renders every route of every language to
 * static HTML, so the first paint needs no JavaScript and link previews show localized text.
 */
import { createHash } from 'node:crypto';
import renderToString from 'preact-render-to-string';
import { App } from './app/app';
import { renderDocument, type Assets } from './app/document';
import { pageMeta } from './app/page-meta';
import { RootPage } from './app/root-page';
import { inLanguage, pathFor, routesFor, type LangRoute } from './app/routes';
import type { Pack, PackManifest } from './content/pack';
import { trackPack } from './content/pack-slice';
import { sliceUrl } from './content/pack-urls';
import { language } from './i18n/languages';
import { SCREENS } from './app/screens-static';
import type { ScreenName } from './app/screens';
import { createTranslator } from './i18n/translator';

export { routesFor, pathFor };

export interface PrerenderContext {
  packs: Record<string, Pack>;
  manifest: PackManifest;
  assets: Assets;
  /** Link-preview images that were drawn (paths under the site root); empty without Chromium. */
  ogImages: string[];
  /** Chunks each screen needs, preloaded by its pages. */
  screenChunks: Record<ScreenName, string[]>;
  origin: string;
  today: string;
}

export interface RenderedPage {
  path: string;
  html: string;
  /** The page-sized pack slice it names, written once per distinct content. */
  slice?: { path: string; body: string };
}

/** Slices are content-addressed: pages that show the same records share one file. */
function sliceFile(lang: string, slice: Pack) {
  const body = JSON.stringify(slice);
  const sha256 = createHash('sha256').update(body).digest('hex');
  return { path: sliceUrl(lang, sha256), body, sha256 };
}

function renderRoute(route: LangRoute, ctx: PrerenderContext): RenderedPage {
  const tracked = trackPack(ctx.packs[route.lang]!);
  const pack = tracked.pack;
  const languages = Object.keys(ctx.packs);
  const t = createTranslator(pack);
  const meta = pageMeta(route, pack, t);
  const body = renderToString(
    <App
      route={route}
      pack={pack}
      screen={SCREENS[route.name]}
      query={new URLSearchParams()}
      corridor={{}}
      built={languages}
      interactive={false}
      manifest={ctx.manifest}
      today={ctx.today}
    />,
  );
  const path = pathFor(route);
  const slice = sliceFile(route.lang, tracked.slice());
  return {
    path,
    slice: { path: slice.path, body: slice.body },
    html: renderDocument({
      lang: pack.lang,
      dir: language(pack.lang).dir,
      title: meta.title,
      description: meta.description,
      origin: ctx.origin,
      path,
      alternates: Object.fromEntries(languages.map((l) => [l, pathFor(inLanguage(route, l))])),
      packUrl: ctx.manifest.packs[pack.lang]!.url,
      packSha256: ctx.manifest.packs[pack.lang]!.sha256,
      sliceUrl: slice.path,
      sliceSha256: slice.sha256,
      build: ctx.manifest.version,
      image: ogImageFor(route, ctx),
      languages,
      assets: { ...ctx.assets, modulepreload: [...ctx.assets.modulepreload, ...ctx.screenChunks[route.name]] },
      body,
    }),
  };
}

/** The page's own preview image where it has one (risks, pathways), else its language's. */
function ogImageFor(route: LangRoute, ctx: PrerenderContext): string | undefined {
  const own =
    route.name === 'risk' ? `/og/${route.lang}/risk-${route.id}.jpg` : route.name === 'pathway' ? `/og/${route.lang}/pathway-${route.id}.jpg` : undefined;
  const images = new Set(ctx.ogImages);
  if (own && images.has(own)) return own;
  const site = `/og/${route.lang}/site.jpg`;
  return images.has(site) ? site : undefined;
}

/** Every page of every language, plus the language picker at "/". */
export function renderAll(ctx: PrerenderContext): RenderedPage[] {
  const languages = Object.keys(ctx.packs);
  const pages: RenderedPage[] = [
    {
      path: '/',
      html: renderDocument({
        lang: 'en',
        dir: 'ltr',
        title: 'SafeRoute',
        description: 'Go abroad for work safely: know the risks, the legal way, and where to get help.',
        origin: ctx.origin,
        path: '/',
        languages,
        assets: ctx.assets,
        body: renderToString(<RootPage built={languages} />),
      }),
    },
  ];
  for (const lang of languages) for (const route of routesFor(ctx.packs[lang]!)) pages.push(renderRoute(route, ctx));
  return pages;
}

/** The offline shell: an empty page that renders whatever route it is served for, from the cached pack. */
export function renderShell(ctx: PrerenderContext): string {
  return renderDocument({
    lang: 'en',
    dir: 'ltr',
    title: 'SafeRoute',
    description: '',
    origin: ctx.origin,
    languages: Object.keys(ctx.packs),
    build: ctx.manifest.version,
    assets: ctx.assets,
    body: '',
  });
}
