import { useMemo, useState } from 'preact/hooks';
import { useApp } from '../../app/context';
import { paramsFromQuery, queryFromParams, search, type ServiceQuery } from '../../content/search';
import { ServiceCard } from '../../ui/service-card';
import { Browse } from './browse';
import { Filters } from './filters';
import { useSearchIndex } from './use-search-index';

export function ServiceListScreen() {
  const { pack, t, lang, query: initial, interactive } = useApp();
  const [query, setQuery] = useState<ServiceQuery>(() => queryFromParams(initial));
  const index = useSearchIndex();
  const results = useMemo(() => search(index, query, lang), [index, query, lang]);

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
      {!query.q && <Browse services={pack.services} query={query} />}
      <p class="result-count" role="status">
        {t('services.results', { count: results.length })}
      </p>
      {results.length ? (
        <ul class="card-list">
          {results.map((s) => (
            <ServiceCard key={s.id} service={s} />
          ))}
        </ul>
      ) : (
        <p>{t('services.none')}</p>
      )}
    </>
  );
}
