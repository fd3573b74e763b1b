import type { TFunction } from 'i18next';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Pack } from '../content/pack';
import type { Corridor } from '../content/corridor';
import type { LangRoute } from './routes';

export interface AppState {
  pack: Pack;
  t: TFunction;
  lang: string;
  route: LangRoute;
  /** The page's query string: directory filters live here so results can be shared. */
  query: URLSearchParams;
  corridor: Corridor;
  setCorridor: (c: Corridor) => void;
  /** False while prerendering: controls that need JavaScript render disabled or not at all. */
  interactive: boolean;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp() outside <App>');
  return value;
}
