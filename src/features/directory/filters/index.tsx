/**
 * The directory's search and filters. A plain GET form, so it works without JavaScript and
 * every result list has a URL that can be shared; with JavaScript, results follow as you type.
 */
import { useApp } from '../../../app/context';
import { pathFor } from '../../../app/routes';
import { CATEGORIES } from '../../../content/model/vocabulary';
import type { ServiceQuery } from '../../../content/search';
import { GENDERS } from '../../../content/model/vocabulary';
import { areaName, countryName, languageName, sortCountries } from '../../../i18n/format';

interface Props {
  query: ServiceQuery;
  countries: string[];
  areas: string[];
  languages: string[];
  onChange: (q: ServiceQuery) => void;
}

export function Filters({ query, countries, areas, languages, onChange }: Props) {
  const { t, lang, interactive } = useApp();
  const set = (patch: Partial<ServiceQuery>) => onChange({ ...query, ...patch });
  const select = (name: keyof ServiceQuery, label: string, value: string | undefined, options: [string, string][]) => (
    <label>
      {label}
      <select name={name} value={value ?? ''} onChange={(e) => set({ [name]: e.currentTarget.value || undefined })}>
        <option value="">{t('services.all')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      class="filters card"
      method="get"
      action={pathFor({ name: 'services', lang })}
      role="search"
      onSubmit={(e) => {
        if (!interactive) return;
        e.preventDefault();
      }}
    >
      <label>
        {t('services.searchLabel')}
        <input type="search" name="q" value={query.q ?? ''} autocomplete="off" onInput={(e) => set({ q: e.currentTarget.value || undefined })} />
      </label>
      {select(
        'country',
        t('services.country'),
        query.country,
        sortCountries(countries, lang).map((c) => [c, countryName(c, lang)]),
      )}
      {areas.length > 0 && select('area', t('services.area'), query.area, sortByShown(areas.map((a) => [a, areaName(a, lang)]), lang))}
      {select(
        'category',
        t('services.category'),
        query.category,
        CATEGORIES.map((c) => [c, t(`category.${c}`)]),
      )}
      <details class="more-filters" open={!!(query.served || query.language || query.free || query.openNow)}>
        <summary>{t('services.served')} · {t('services.language')} · {t('services.openNow')}</summary>
        {select(
          'served',
          t('services.served'),
          query.served,
          GENDERS.filter((g) => g !== 'any').map((g) => [g, t(`gender.${g}`)]),
        )}
        {languages.length > 0 &&
          select(
            'language',
            t('services.language'),
            query.language,
            sortByShown(languages.map((l) => [l, languageName(l, lang)]), lang),
          )}
        <label class="check">
          <input type="checkbox" name="free" value="1" checked={!!query.free} onChange={(e) => set({ free: e.currentTarget.checked })} />
          {t('services.free')}
        </label>
        <label class="check">
          <input type="checkbox" name="open" value="1" checked={!!query.openNow} onChange={(e) => set({ openNow: e.currentTarget.checked })} />
          {t('services.openNow')}
        </label>
      </details>
      <p class="filter-actions">
        <button type="submit">{t('services.apply')}</button>
        <a class="button secondary" href={pathFor({ name: 'services', lang })} onClick={(e) => {
          if (!interactive) return;
          e.preventDefault();
          onChange({});
        }}>
          {t('services.clear')}
        </a>
      </p>
    </form>
  );
}

/** Options in the reader's alphabetical order of what they read, not of the codes behind them. */
function sortByShown(options: [string, string][], lang: string): [string, string][] {
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator([lang, 'en']);
  } catch {
    collator = new Intl.Collator('en');
  }
  return options.sort((a, b) => collator.compare(a[1], b[1]));
}
