/** Every screen, imported statically: for the prerenderer, which renders them all. */
import { PathwayListScreen, PathwayScreen } from '../features/pathways';
import { HomeScreen } from '../features/home';
import { RiskScreen } from '../features/risks';
import { ServiceListScreen } from '../features/directory';
import { ServiceScreen } from '../features/directory/service-detail';
import { SettingsScreen } from '../features/settings';
import { StageScreen } from '../features/stages';
import { NotFoundScreen } from './not-found';
import { CounsellorScreen } from '../features/counsellor';
import { HandoutScreen } from '../features/handout';
import { SafetyScreen } from '../features/safety';
import type { Screen, ScreenName } from './screens';

export const SCREENS: Record<ScreenName, Screen> = {
  home: HomeScreen,
  stage: StageScreen,
  risk: RiskScreen,
  pathways: PathwayListScreen,
  pathway: PathwayScreen,
  services: ServiceListScreen,
  service: ServiceScreen,
  settings: SettingsScreen,
  counsellor: CounsellorScreen,
  handout: HandoutScreen,
  safety: SafetyScreen,
  notFound: NotFoundScreen,
};
