/**
 * One screen per route, each its own chunk: a page loads only the code for what it shows.
 * The prerendered HTML names the current screen's chunk in a modulepreload link, so on 2G it
 * downloads alongside the entry instead of one round trip after it.
 */
import type { ComponentType } from 'preact';
import type { PackManifest } from '../content/pack';
import type { LangRoute } from './routes';

export type ScreenName = LangRoute['name'];

export interface ScreenProps {
  manifest?: PackManifest;
  /** Today's date (ISO), so a time-limited scheme shows as ended once it has. */
  today: string;
}

export type Screen = ComponentType<ScreenProps>;

/** Source module of each screen, as Vite's build manifest names it. */
export const SCREEN_MODULES: Record<ScreenName, string> = {
  home: 'src/features/home/index.tsx',
  stage: 'src/features/stages/index.tsx',
  risk: 'src/features/risks/index.tsx',
  pathways: 'src/features/pathways/index.tsx',
  pathway: 'src/features/pathways/index.tsx',
  services: 'src/features/directory/index.tsx',
  service: 'src/features/directory/service-detail/index.tsx',
  settings: 'src/features/settings/index.tsx',
  counsellor: 'src/features/counsellor/index.tsx',
  handout: 'src/features/handout/index.tsx',
  safety: 'src/features/safety/index.tsx',
  notFound: 'src/app/not-found/index.tsx',
};

export function loadScreen(name: ScreenName): Promise<Screen> {
  switch (name) {
    case 'home':
      return import('../features/home').then((m) => m.HomeScreen);
    case 'stage':
      return import('../features/stages').then((m) => m.StageScreen);
    case 'risk':
      return import('../features/risks').then((m) => m.RiskScreen);
    case 'pathways':
      return import('../features/pathways').then((m) => m.PathwayListScreen);
    case 'pathway':
      return import('../features/pathways').then((m) => m.PathwayScreen);
    case 'services':
      return import('../features/directory').then((m) => m.ServiceListScreen);
    case 'service':
      return import('../features/directory/service-detail').then((m) => m.ServiceScreen);
    case 'settings':
      return import('../features/settings').then((m) => m.SettingsScreen);
    case 'counsellor':
      return import('../features/counsellor').then((m) => m.CounsellorScreen);
    case 'handout':
      return import('../features/handout').then((m) => m.HandoutScreen);
    case 'safety':
      return import('../features/safety').then((m) => m.SafetyScreen);
    case 'notFound':
      return import('./not-found').then((m) => m.NotFoundScreen);
  }
}
