/** The whole app for one page: the same tree is prerendered at build time and rendered in the browser. */
import { useMemo, useState } from 'preact/hooks';
import type { Corridor } from '../content/corridor';
import type { Pack, PackManifest } from '../content/pack';
import { createTranslator } from '../i18n/translator';
import { AppContext, type AppState } from './context';
import { Layout } from './layout';
import type { LangRoute } from './routes';
import type { Screen } from './screens';

export interface AppProps {
  route: LangRoute;
  pack: Pack;
  /** The screen component for this route (loaded as its own chunk in the browser). */
  screen: Screen;
  query: URLSearchParams;
  corridor: Corridor;
  /** Languages that have packs, for the language switch. */
  built: string[];
  interactive: boolean;
  manifest?: PackManifest;
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
  const Screen = props.screen;
  return (
    <AppContext.Provider value={state}>
      <Layout built={props.built}>
        <Screen manifest={props.manifest} today={props.today} />
      </Layout>
    </AppContext.Provider>
  );
}
