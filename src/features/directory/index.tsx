import { useMemo, useState } from 'preact/hooks';
import { useApp } from '../../app/context';
import { paramsFromQuery, queryFromParams, search, type ServiceQuery } from '../../content/search';
import { ServiceCard } from '../../ui/service-card';
import { Browse } from './browse';
import { Filters } from './filters';
import { useSearchIndex } from './use-search-index';
import { readerCountries, readerFirst } from '../../content/reader-first';
import { findLanguage } from '../../i18n/languages';
import { openState } from '../../content/open-now';
import type { ServiceEntry } from '../../content/pack';

/** The reader's countries first; with "open now", the open/unknown order inside each is kept. */
function readerFirstStable(results: ServiceEntry[], first: string[], lang: string, openNow: boolean): ServiceEntry[] {
  if (openNow) return results;
  return readerFirst(results, first, lang);
}

export function ServiceListScreen() {
  const { pack, t, lang, query: initial, interactive, corridor } = useApp();
  const [query, setQuery] = useState<ServiceQuery>(() => queryFromParams(initial));
  const index = useSearchIndex();
  const first = readerCountries(corridor, findLanguage(lang)?.homeCountry);
  const results = useMemo(() => readerFirstStable(search(index, query, lang), first, lang, !!query.openNow), [index, query, lang, first.join()]);
  const now = new Date();

  const options = useMemo(() => {
    const countries = [...new Set(pack.services.map((s) => s.country))];
    const inCountry = pack.services.filter((s) => !query.country || s.country === query.country);
    return {
      countries,
      areas: [...new Set(inCountry.map((s) => s.area).filter((a): a is string => !!a))].sort(),
      languages: [...new Set(pack.services.flatMap((s) => s.languages))].sort(),
    };
  }, [pack, query.country]);

  const update = (next: ServiceQuery) => {
    // A new country makes the old area meaningless.
    if (next.country !== query.country) next = { ...next, area: undefined };
    setQuery(next);
    if (interactive) {
      const params = paramsFromQuery(next);
      history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    }
  };

  return (
    <>
      <h1>{t('services.title')}</h1>
      <p class="lead">{t('services.intro')}</p>
      <Filters query={query} countries={options.countries} areas={options.areas} languages={options.languages} onChange={update} />
      {!query.q && <Browse services={pack.services} query={query} first={first} />}
      <p class="result-count" role="status">
        {t('services.results', { count: results.length })}
      </p>
      {results.length ? (
        <ul class="card-list">
          {results.map((s) => (
            <ServiceCard key={s.id} service={s} note={query.openNow && openState(s, now) === 'unknown' ? t('service.hoursUnknown') : undefined} />
          ))}
        </ul>
      ) : (
        <p>{t('services.none')}</p>
      )}
    </>
  );
}
