/** Browse the directory as the RSO/NEXUS directory is organised: country, then area, then kind of help. */
import { useApp } from '../../../app/context';
import { pathFor } from '../../../app/routes';
import type { ServiceEntry } from '../../../content/pack';
import { paramsFromQuery, type ServiceQuery } from '../../../content/search';
import { areaName, countryName, sortCountries, sortNames } from '../../../i18n/format';

function counts<T extends string>(items: T[]): [T, number][] {
  const map = new Map<T, number>();
  for (const i of items) map.set(i, (map.get(i) ?? 0) + 1);
  return [...map.entries()];
}

export function Browse({ services, query, first }: { services: ServiceEntry[]; query: ServiceQuery; first: string[] }) {
  const { t, lang } = useApp();
  const href = (patch: Partial<ServiceQuery>) => {
    const params = paramsFromQuery({ ...query, ...patch });
    return pathFor({ name: 'services', lang }, params);
  };
  if (!query.country) {
    // The reader's own countries first, then the rest in their alphabetical order.
    const n = new Map(counts(services.map((s) => s.country)));
    const mine = first.filter((c) => n.has(c));
    const byCountry = [...mine, ...sortCountries(n.keys(), lang).filter((c) => !mine.includes(c))].map((c) => [c, n.get(c)!] as const);
    return (
      <nav class="browse" aria-labelledby="browse-heading">
        <h2 id="browse-heading">{t('services.browse')}</h2>
        <ul class="chip-list">
          {byCountry.map(([code, n]) => (
            <li key={code}>
              <a class="chip" href={href({ country: code })}>
                {countryName(code, lang)} <span class="count">{n}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    );
  }
  const inCountry = services.filter((s) => s.country === query.country);
  const areaCounts = new Map(counts(inCountry.map((s) => s.area).filter((a): a is string => !!a)));
  const shown = new Map([...areaCounts.keys()].map((a) => [areaName(a, lang), a]));
  const areas = sortNames(shown.keys(), lang).map((name) => [shown.get(name)!, areaCounts.get(shown.get(name)!)!] as const);
  const inArea = query.area ? inCountry.filter((s) => s.area === query.area) : inCountry;
  const categories = counts(inArea.flatMap((s) => s.categories));
  return (
    <nav class="browse" aria-label={countryName(query.country, lang)}>
      {areas.length > 0 && (
        <ul class="chip-list">
          {areas.map(([area, n]) => (
            <li key={area}>
              <a class="chip" href={href({ area })} aria-current={query.area === area ? 'true' : undefined}>
                {areaName(area, lang)} <span class="count">{n}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <ul class="chip-list">
        {categories.map(([c, n]) => (
          <li key={c}>
            <a class="chip" href={href({ category: c })} aria-current={query.category === c ? 'true' : undefined}>
              {t(`category.${c}`)} <span class="count">{n}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
