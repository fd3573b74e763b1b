/** A service in a list: name, where, what kind of help, and the main number to call. */
import { useApp } from '../../app/context';
import { pathFor } from '../../app/routes';
import type { ServiceEntry } from '../../content/pack';
import { areaName, countryName } from '../../i18n/format';
import { Icon } from '../icon';
import { callNumber, telHref } from '../../content/corridor';

export function ServiceCard({ service, note }: { service: ServiceEntry; note?: string }) {
  const { t, lang } = useApp();
  const phone = callNumber(service);
  return (
    <li class="card service-card">
      <a href={pathFor({ name: 'service', lang, id: service.id })} class="card-link">
        <span class="card-title" lang={service.fallback ? 'en' : undefined}>
          {service.text.name}
        </span>
        <span class="card-sub">
          {countryName(service.country, lang)}
          {service.area ? ` · ${areaName(service.area, lang)}` : ''} · {service.categories.map((c) => t(`category.${c}`)).join(', ')}
        </span>
        {service.status === 'unverified' && <span class="tag warning"><Icon name="warning" /> {t('record.unverifiedShort')}</span>}
        {note && <span class="card-note">{note}</span>}
      </a>
      {phone && (
        <a class="call" href={telHref(phone)} aria-label={`${t('service.call')} ${phone.national}`}>
          <Icon name="phone" /> <bdi dir="ltr">{phone.national}</bdi>
        </a>
      )}
    </li>
  );
}

/** A titled list of service cards, as shown beside risk messages and pathways. Nothing when empty. */
export function ServiceCards({ id, heading, services }: { id: string; heading: string; services: ServiceEntry[] }) {
  if (!services.length) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul class="card-list">
        {services.map((s) => (
          <ServiceCard key={s.id} service={s} />
        ))}
      </ul>
    </section>
  );
}
