import { useApp } from '../../app/context';
import { pathFor, STAGE_IDS } from '../../app/routes';
import { corridorCountries } from '../../content/corridor';
import { countryName, sortCountries } from '../../i18n/format';
import { PathwayCards } from '../../ui/pathway-cards';

export function HomePage() {
  const { pack, t, lang, corridor, setCorridor, interactive } = useApp();
  const { origins, destinations } = corridorCountries(pack);
  const routePathways = pack.pathways.filter(
    (p) => (!corridor.from || p.origin === corridor.from) && (!corridor.to || p.destination === corridor.to),
  );
  const showPathways = (corridor.from || corridor.to) && routePathways.length > 0;

  return (
    <>
      <h1 class="home-title">{t('app.tagline')}</h1>

      <form
        class="corridor-form card"
        method="get"
        action={pathFor({ name: 'home', lang })}
        onSubmit={(e) => {
          if (!interactive) return;
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const pick = (k: string) => (data.get(k) as string) || undefined;
          const to = pick('to');
          setCorridor({ from: pick('from'), to, ...(to && pick('at') === 'to' ? { at: 'to' as const } : {}) });
        }}
      >
        <h2>{t('home.corridorTitle')}</h2>
        <label>
          {t('home.from')}
          <select name="from" value={corridor.from ?? ''}>
            <option value="">{t('home.anyCountry')}</option>
            {sortCountries(origins, lang).map((c) => (
              <option key={c} value={c}>
                {countryName(c, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('home.to')}
          <select name="to" value={corridor.to ?? ''}>
            <option value="">{t('home.anyCountry')}</option>
            {sortCountries(destinations, lang).map((c) => (
              <option key={c} value={c}>
                {countryName(c, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('home.at')}
          <select name="at" value={corridor.at ?? 'from'}>
            <option value="from">{t('home.atHome')}</option>
            <option value="to">{t('home.atDestination')}</option>
          </select>
        </label>
        <button type="submit">{t('home.save')}</button>
      </form>

      {showPathways && <PathwayCards id="route-pathways" heading={t('home.corridorPathways')} pathways={routePathways} />}

      <section aria-labelledby="stages-heading">
        <h2 id="stages-heading">{t('home.stagesTitle')}</h2>
        <ol class="stage-list">
          {STAGE_IDS.map((stage, i) => (
            <li key={stage} class={`card stage stage-${stage}`}>
              <a class="card-link" href={pathFor({ name: 'stage', lang, stage: stage })}>
                <span class="stage-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span class="card-title">{t(`stage.${stage}.title`)}</span>
                <span class="card-sub">{t(`stage.${stage}.intro`)}</span>
              </a>
            </li>
          ))}
        </ol>
      </section>

      <p class="cta-row">
        <a class="button big" href={pathFor({ name: 'services', lang })}>
          {t('nav.help')}
        </a>
        <a class="button big secondary" href={pathFor({ name: 'pathways', lang })}>
          {t('nav.pathways')}
        </a>
      </p>

      <footer class="home-foot">
        <p>
          <a href={pathFor({ name: 'counsellor', lang })}>{t('counsellor.title')}</a>: {t('counsellor.intro')}
        </p>
      </footer>
    </>
  );
}

export const HomeScreen = HomePage;
