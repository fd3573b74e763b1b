/**
 * The page's entry point. The prerendered HTML is already readable; this makes it interactive
 * (or, in the offline shell, renders it) from the language pack, then registers the service worker.
 */
import { render } from 'preact';
import { App } from './app/app';
import { bindQuickExitKey } from './app/quick-exit';
import { bindPrivateHistory } from './storage/private-history';
import { RootPage } from './app/root-page';
import { parsePath } from './app/routes';
import { registerServiceWorker } from './app/service-worker';
import { setHead } from './app/head';
import { loadScreen } from './app/screens';
import { pageMeta } from './app/page-meta';
import { corridorFromQuery, type Corridor } from './content/corridor';
import { fetchManifest, loadPack, loadSlice, PackLoadError } from './content/load-pack';
import type { Pack } from './content/pack';
import { createTranslator } from './i18n/translator';
import { language } from './i18n/languages';
import { loadCorridor, saveCorridor } from './storage/settings';
import './app/style.css';

const root = document.getElementById('app')!;

async function builtLanguages(): Promise<string[]> {
  const fromPage = document.querySelector<HTMLMetaElement>('meta[name="saferoute:languages"]')?.content;
  if (fromPage) return fromPage.split(',');
  return Object.keys((await fetchManifest()).packs);
}

async function start() {
  bindQuickExitKey();
  bindPrivateHistory();
  const route = parsePath(location.pathname);
  const query = new URLSearchParams(location.search);
  const built = await builtLanguages().catch(() => ['en']);
  if (route.name === 'root') {
    render(<RootPage built={built} />, root);
    document.documentElement.classList.add('ready');
    performance.mark('saferoute:interactive');
    return;
  }
  const meta = language(route.lang);
  document.documentElement.lang = route.lang;
  document.documentElement.dir = meta.dir;
  if (['my', 'km', 'lo'].includes(route.lang)) {
    void import('./app/script-font').then((m) => m.ensureScriptFont(route.lang)).catch((err: unknown) => console.warn('font', err));
  }

  const [sliceOrPack, screen, saved] = await Promise.all([
    // What this page shows first (a few KB), the whole pack after. The slice holds what the
    // page shows without a query; a query (a handout's items, a route, a filter) may show
    // any record, so it waits for the whole pack. The shell has no slice.
    (query.size ? Promise.resolve(undefined) : loadSlice(route.lang)).then((slice) => slice ?? loadPack(route.lang)),
    loadScreen(route.name),
    // The saved countries only tune the helpline bar: never let a slow or blocked database
    // (another tab mid-upgrade) hold up the page.
    Promise.race([loadCorridor(), new Promise<Corridor>((resolve) => setTimeout(() => resolve({}), 1500))]).catch(() => ({})),
  ]);
  const fromQuery = corridorFromQuery(query);
  if (fromQuery) void saveCorridor(fromQuery).catch(() => undefined);
  const corridor: Corridor = fromQuery ?? saved;
  // The slice was learnt for a reader with no saved route; one who has saved theirs sees
  // other helplines first, so they get the whole pack (on the phone already, if they came before).
  const first = sliceOrPack.slice && (corridor.from || corridor.to) ? await loadPack(route.lang) : sliceOrPack;

  const draw = (pack: Pack) =>
    render(
      <App
        route={route}
        pack={pack}
        screen={screen}
        query={query}
        corridor={corridor}
        built={built}
        interactive
        today={new Date().toISOString().slice(0, 10)}
        onCorridorChange={(c) => void saveCorridor(c).catch(() => undefined)}
      />,
      root,
    );
  const t = createTranslator(first);
  const m = pageMeta(route, first, t);
  setHead(m.title, m.description);
  draw(first);
  document.documentElement.classList.add('ready');
  // Read by npm run bench: the moment the page answers taps, not just paints.
  performance.mark('saferoute:interactive');
  if (!first.slice) return packInPlace();
  // The whole pack, once the page has settled: every other page and search need it, and
  // loading it is what keeps the language on the phone for offline use.
  await new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 200)));
  try {
    draw(await loadPack(route.lang));
    packInPlace();
  } catch (err) {
    // The page stays readable and usable from its slice; the reader is told, above it, that
    // the language is not on the phone, and can try again.
    await rescue(err);
  }
}

/** Marks that the whole language pack is loaded (and so kept for offline use). */
function packInPlace() {
  document.documentElement.dataset.pack = 'full';
  performance.mark('saferoute:pack');
}

function showOffline() {
  const notice = document.querySelector<HTMLElement>('.offline-notice');
  if (notice) notice.hidden = navigator.onLine;
}

/**
 * When the language will not load: the rescue screen in the reader's language. A page from
 * the network stays readable underneath; the shell (offline) has nothing else to show.
 */
async function rescue(err: unknown) {
  console.warn(err);
  const route = parsePath(location.pathname);
  const lang = route.name === 'root' ? 'en' : route.lang;
  const reason = err instanceof PackLoadError ? (navigator.onLine ? err.reason : 'offline') : 'unreachable';
  const { showRescue } = await import('./app/rescue-screen');
  const target = root.firstElementChild ? root.insertBefore(document.createElement('div'), root.firstChild) : root;
  // Trying again re-runs the whole start: a fresh manifest, fresh fetches, verified again.
  await showRescue(target, lang, reason, () => location.reload());
}

start()
  .catch((err: unknown) => rescue(err).catch(() => undefined))
  .finally(() => {
    showOffline();
    addEventListener('online', showOffline);
    addEventListener('offline', showOffline);
    const register = () => void registerServiceWorker().catch((err: unknown) => console.warn(err));
    if (document.readyState === 'complete') register();
    else addEventListener('load', register, { once: true });
  });
