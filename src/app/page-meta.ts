/** The localized title and description of a page, for <title>, Open Graph and the document head. */
import type { TFunction } from 'i18next';
import type { Pack } from '../content/pack';
import type { LangRoute } from './routes';

export interface PageMeta {
  title: string;
  description: string;
}

export function pageMeta(route: LangRoute, pack: Pack, t: TFunction): PageMeta {
  const app = t('app.name');
  const tagline = t('app.tagline');
  const titled = (title: string, description = tagline) => ({ title: `${title} · ${app}`, description });
  switch (route.name) {
    case 'home':
      return { title: `${app}: ${tagline}`, description: tagline };
    case 'stage':
      return titled(t(`stage.${route.stage}.title`), t(`stage.${route.stage}.intro`));
    case 'risk': {
      const r = pack.risks.find((x) => x.id === route.id);
      return r ? titled(r.text.title, r.text.summary) : titled(t('status.notFound'));
    }
    case 'pathways':
      return titled(t('pathway.all'), t('pathway.intro'));
    case 'pathway': {
      const p = pack.pathways.find((x) => x.id === route.id);
      return p ? titled(p.text.title, p.text.summary) : titled(t('status.notFound'));
    }
    case 'services':
      return titled(t('services.title'), t('services.intro'));
    case 'service': {
      const s = pack.services.find((x) => x.id === route.id);
      return s ? titled(s.text.name, s.text.description) : titled(t('status.notFound'));
    }
    case 'settings':
      return titled(t('settings.title'), t('settings.offlineIntro'));
    case 'counsellor':
      return titled(t('counsellor.title'), t('counsellor.intro'));
    case 'handout':
      return titled(t('handout.title'), t('app.tagline'));
    case 'safety':
      return titled(t('safety.title'), t('safety.intro'));
    case 'notFound':
      return titled(t('status.notFound'));
  }
}
