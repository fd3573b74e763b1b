/** The whole app for one page: the same tree is prerendered at build time and rendered in the browser. */
import { useMemo, useState } from 'preact/hooks';
import type { Corridor } from '../content/corridor';
import type { Pack, PackManifest } from '../content/pack';
import { HomePage } from '../features/home';
import { PathwayList, PathwayPage } from '../features/pathways';
import { RiskPage } from '../features/risks';
import { ServiceList, ServicePage } from '../features/directory';
import { SettingsPage } from '../features/settings';
import { StagePage } from '../features/stages';
import { createTranslator } from '../i18n/translator';
import { AppContext, useApp, type AppState } from './context';
import { Layout } from './layout';
import type { LangRoute } from './routes';

export interface AppProps {
  route: LangRoute;
  pack: Pack;
  query: URLSearchParams;
  corridor: Corridor;
  /** Languages that have packs, for the language switch. */
  built: string[];
  interactive: boolean;
  manifest?: PackManifest;
  /** Today's date (ISO), so a time-limited scheme is shown as ended once it has. */
  today: string;
  onCorridorChange?: (c: Corridor) => void;
}

export function App(props: AppProps) {
  const t = useMemo(() => createTranslator(props.pack), [props.pack]);
  const [corridor, setCorridorState] = useState(props.corridor);
  const state: AppState = {
    pack: props.pack,
    t,
    lang: props.pack.lang,
    route: props.route,
    query: props.query,
    corridor,
    interactive: props.interactive,
    setCorridor: (c) => {
      setCorridorState(c);
      props.onCorridorChange?.(c);
    },
  };
  return (
    <AppContext.Provider value={state}>
      <Layout built={props.built}>
        <Screen manifest={props.manifest} today={props.today} />
      </Layout>
    </AppContext.Provider>
  );
}

function Screen({ manifest, today }: { manifest?: PackManifest; today: string }) {
  const { route, pack, t } = useApp();
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'stage':
      return <StagePage stage={route.stage} />;
    case 'risk': {
      const risk = pack.risks.find((r) => r.id === route.id);
      return risk ? <RiskPage risk={risk} /> : <NotFound message={t('status.notFound')} />;
    }
    case 'pathways':
      return <PathwayList />;
    case 'pathway': {
      const pathway = pack.pathways.find((p) => p.id === route.id);
      return pathway ? <PathwayPage pathway={pathway} today={today} /> : <NotFound message={t('status.notFound')} />;
    }
    case 'services':
      return <ServiceList />;
    case 'service': {
      const service = pack.services.find((s) => s.id === route.id);
      return service ? <ServicePage service={service} /> : <NotFound message={t('status.notFound')} />;
    }
    case 'settings':
      return <SettingsPage manifest={manifest} />;
    case 'notFound':
      return <NotFound message={t('status.notFound')} />;
  }
}

function NotFound({ message }: { message: string }) {
  const { lang, t } = useApp();
  return (
    <>
      <h1>{message}</h1>
      <p>
        <a href={`/${lang}/`}>{t('nav.home')}</a>
      </p>
    </>
  );
}
