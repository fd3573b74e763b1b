import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../../app/context';
import { pathFor } from '../../../app/routes';
import { localClock, openState } from '../../../content/open-now';
import type { ServiceEntry } from '../../../content/pack';
import { areaName, countryName, languageName, weekdayName } from '../../../i18n/format';
import { ContactLinks } from '../../../ui/contact-links';
import { Icon } from '../../../ui/icon';
import { RecordMeta, UnverifiedNotice } from '../../../ui/record-meta';
import { SourceText } from '../../../ui/source-text';
import { ShareButton } from '../../../ui/share';
import { NotFound } from '../../../app/not-found';
import { DAYS } from '../../../content/model/vocabulary';

/** A recipient for "report outdated information", if the deployment has one (never invented here). */
const REPORT_EMAIL = import.meta.env.VITE_REPORT_EMAIL ?? '';

export function ServiceDetail({ service }: { service: ServiceEntry }) {
  const { t, lang } = useApp();
  return (
    <article class="service">
      <p class="breadcrumb">
        <a href={pathFor({ name: 'services', lang }, { country: service.country })}>{countryName(service.country, lang)}</a>
        {service.area && (
          <>
            {' › '}
            <a href={pathFor({ name: 'services', lang }, { country: service.country, area: service.area })}>{areaName(service.area, lang)}</a>
          </>
        )}
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
            <ShareButton title={text.name} summary={serviceSummary(text.name, service)} path={pathFor({ name: 'service', lang, id: service.id })} />
            <Directions service={service} />
            <dl class="facts">
              <dt>{t('services.category')}</dt>
              <dd>{service.categories.map((c) => t(`category.${c}`)).join(', ')}</dd>
              <dt>{t('service.hours')}</dt>
              <dd>
                <Hours service={service} />
              </dd>
              <dt>{t('service.serves')}</dt>
              <dd>
                {service.serves.genders.map((g) => t(`gender.${g}`)).join(', ')}
                {service.serves.nationalities !== 'all' &&
                  ` · ${service.serves.nationalities.map((c) => countryName(c, lang)).join(', ')}`}
                {text.eligibility && <p>{text.eligibility}</p>}
              </dd>
              {service.languages.length > 0 && (
                <>
                  <dt>{t('service.languages')}</dt>
                  <dd>{service.languages.map((l) => languageName(l, lang)).join(', ')}</dd>
                </>
              )}
              <dt>{t('service.cost')}</dt>
              <dd>
                {t(`cost.${service.cost}`)}
                {text.costNote && ` · ${text.costNote}`}
              </dd>
              <dt>{t('service.referral')}</dt>
              <dd>{t(`referral.${service.referral}`)}</dd>
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
      <ReportOutdated service={service} />
    </article>
  );
}

/** A service's share text: its name and numbers, within the 160 characters of one SMS. */
export function serviceSummary(name: string, service: ServiceEntry): string {
  const numbers = service.phones.map((p) => p.number).join(', ');
  const text = numbers ? `${name}: ${numbers}` : name;
  return [...text].length > 160 ? `${[...text].slice(0, 159).join('')}…` : text;
}

function Directions({ service }: { service: ServiceEntry }) {
  const { t } = useApp();
  if (!service.geo && !service.address) return null;
  const label = encodeURIComponent(service.text.name);
  const geo = service.geo
    ? `geo:${service.geo.lat},${service.geo.lng}?q=${service.geo.lat},${service.geo.lng}(${label})`
    : `geo:0,0?q=${encodeURIComponent(service.address!)}`;
  const map = service.geo
    ? `https://www.openstreetmap.org/?mlat=${service.geo.lat}&mlon=${service.geo.lng}#map=17/${service.geo.lat}/${service.geo.lng}`
    : `https://www.openstreetmap.org/search?query=${encodeURIComponent(service.address!)}`;
  return (
    <section class="directions" aria-label={t('service.directions')}>
      {service.address && <p class="address">{service.address}</p>}
      <ul class="contact-links">
        <li>
          <a class="button secondary" href={geo}>
            {t('service.directions')}
          </a>
        </li>
        <li>
          <a class="button secondary" href={map} rel="noreferrer noopener" target="_blank">
            {t('service.map')}
          </a>
        </li>
      </ul>
    </section>
  );
}

/** Hours in the reader's language; "open now" and the local time only in the browser, never frozen at build time. */
function Hours({ service }: { service: ServiceEntry }) {
  const { t, lang, interactive } = useApp();
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    if (!interactive) return;
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, [interactive]);
  if (service.open247) return <>{t('service.open247')}</>;
  if (!service.hours.length) return <>{t('service.hoursUnknown')}</>;
  const dayName = (code: (typeof DAYS)[number]) => weekdayName(DAYS.indexOf(code), lang);
  const state = now ? openState(service, now) : 'unknown';
  return (
    <>
      {now && (
        <p class={`open-state ${state}`}>
          <strong>{state === 'open' ? t('service.openNow') : t('service.closedNow')}</strong> ·{' '}
          {t('service.localTime', { time: localClock(now, service.timezone).time })}
        </p>
      )}
      <ul class="hours">
        {service.hours.map((h, i) => (
          <li key={i}>
            {h.days.map(dayName).join(', ')} <bdi dir="ltr">{h.opens}–{h.closes}</bdi>
          </li>
        ))}
      </ul>
      <p class="tz" lang="en">
        {service.timezone}
      </p>
    </>
  );
}

function ReportOutdated({ service }: { service: ServiceEntry }) {
  const { t, lang } = useApp();
  const subject = t('service.reportSubject', { name: service.text.name });
  const body = `${subject}\n${pathFor({ name: 'service', lang, id: service.id })} (${service.id}, ${service.lastVerified})\n\n`;
  const mail = `mailto:${REPORT_EMAIL}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  const sms = `sms:?body=${encodeURIComponent(body)}`;
  return (
    <section class="report card" aria-labelledby="report-heading">
      <h2 id="report-heading">
        <Icon name="warning" /> {t('service.reportOutdated')}
      </h2>
      <p>{t('service.reportIntro')}</p>
      <ul class="contact-links">
        <li>
          <a class="button secondary" href={mail}>
            {t('service.email')}
          </a>
        </li>
        <li>
          <a class="button secondary" href={sms}>
            {t('service.sms')}
          </a>
        </li>
      </ul>
    </section>
  );
}

export function ServiceScreen() {
  const { route, pack } = useApp();
  const service = route.name === 'service' ? pack.services.find((s) => s.id === route.id) : undefined;
  return service ? <ServiceDetail service={service} /> : <NotFound />;
}
