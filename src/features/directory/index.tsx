import { useApp } from '../../app/context';
import type { ServiceEntry } from '../../content/pack';
import { CATEGORIES } from '../../content/categories';
import { filterServices, queryFromParams } from '../../content/search';
import { countryName, languageName } from '../../i18n/format';
import { ContactLinks } from '../../ui/contact-links';
import { RecordMeta, UnverifiedNotice } from '../../ui/record-meta';
import { ServiceCard } from '../../ui/service-card';
import { SourceText } from '../../ui/source-text';

export function ServiceList() {
  const { pack, t, lang, query } = useApp();
  const q = queryFromParams(query);
  const countries = [...new Set(pack.services.map((s) => s.country))].sort((a, b) =>
    countryName(a, lang).localeCompare(countryName(b, lang), lang),
  );
  const labels = (c: string) => [t(`category.${c}`), c];
  const results = filterServices(pack.services, q, lang, labels, (c) => [countryName(c, lang), countryName(c, 'en')]);
  return (
    <>
      <h1>{t('services.title')}</h1>
      <p class="lead">{t('services.intro')}</p>
      <form class="filters card" method="get" action={`/${lang}/services/`} role="search">
        <label>
          {t('services.searchLabel')}
          <input type="search" name="q" value={q.q ?? ''} autocomplete="off" />
        </label>
        <label>
          {t('services.country')}
          <select name="country" value={q.country ?? ''}>
            <option value="">{t('services.all')}</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {countryName(c, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('services.category')}
          <select name="category" value={q.category ?? ''}>
            <option value="">{t('services.all')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('services.apply')}</button>
      </form>
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

export function ServicePage({ service }: { service: ServiceEntry }) {
  const { t, lang } = useApp();
  const reportBody = `${service.text.name} (${service.id})\n${location_placeholder(lang, service.id)}\n\n`;
  const report = `mailto:?subject=${encodeURIComponent(t('service.reportSubject', { name: service.text.name }))}&body=${encodeURIComponent(reportBody)}`;
  return (
    <article class="service">
      <p class="breadcrumb">
        <a href={`/${lang}/services/?country=${service.country}`}>{countryName(service.country, lang)}</a>
      </p>
      <SourceText entry={service}>
        {(text) => (
          <>
            <h1>{text.name}</h1>
            <p class="org">
              {t('service.organisation')}: <span lang="en">{service.organisation.name}</span>
            </p>
            <UnverifiedNotice status={service.status} />
            <p class="lead">{text.description}</p>
            <ContactLinks service={service} />
            <dl class="facts">
              <dt>{t('services.category')}</dt>
              <dd>{service.categories.map((c) => t(`category.${c}`)).join(', ')}</dd>
              <dt>{t('service.hours')}</dt>
              <dd>{service.open247 ? t('service.open247') : service.hours.length ? <Hours service={service} /> : t('service.hoursUnknown')}</dd>
              <dt>{t('service.serves')}</dt>
              <dd>
                {service.serves.genders.map((g) => t(`gender.${g}`)).join(', ')}
                {service.serves.nationalities !== 'all' &&
                  ` · ${service.serves.nationalities.map((c) => countryName(c, lang)).join(', ')}`}
              </dd>
              {service.languages.length > 0 && (
                <>
                  <dt>{t('service.languages')}</dt>
                  <dd>{service.languages.map((l) => languageName(l, lang)).join(', ')}</dd>
                </>
              )}
              <dt>{t('service.cost')}</dt>
              <dd>{t(`cost.${service.cost}`)}</dd>
              {text.eligibility && (
                <>
                  <dt>{t('service.serves')}</dt>
                  <dd>{text.eligibility}</dd>
                </>
              )}
              {text.howToAccess && (
                <>
                  <dt>{t('service.access')}</dt>
                  <dd>{text.howToAccess}</dd>
                </>
              )}
            </dl>
          </>
        )}
      </SourceText>
      <RecordMeta sources={service.sources} lastVerified={service.lastVerified} />
      <p>
        <a class="link-button" href={report}>
          {t('service.reportOutdated')}
        </a>
      </p>
    </article>
  );
}

/** The page's own address, written the same at build time and in the browser. */
function location_placeholder(lang: string, id: string): string {
  return `/${lang}/services/${id}`;
}

function Hours({ service }: { service: ServiceEntry }) {
  return (
    <ul class="hours">
      {service.hours.map((h, i) => (
        <li key={i}>
          <bdi dir="ltr">
            {h.days.join(' ')} {h.opens}–{h.closes}
          </bdi>
        </li>
      ))}
      <li class="tz">{service.timezone}</li>
    </ul>
  );
}
