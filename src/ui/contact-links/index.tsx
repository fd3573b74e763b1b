/**
 * Call, WhatsApp, SMS, email and website buttons for a service. Only tel:, sms:, mailto: and https: links.
 * WhatsApp and SMS appear only for numbers the source says take them: texting a voice-only
 * hotline would leave a person in danger waiting for an answer that never comes.
 */
import { useApp } from '../../app/context';
import type { ServiceEntry } from '../../content/pack';
import { ExternalLink } from '../external-link';

/** WhatsApp needs the full international number; national short codes cannot be messaged. */
const waLink = (number: string) => (number.startsWith('+') ? `https://wa.me/${number.slice(1)}` : undefined);

export function ContactLinks({ service }: { service: ServiceEntry }) {
  const { t } = useApp();
  return (
    <ul class="contact-links">
      {service.phones.map((p) => {
        const reach = p.reach === 'from-abroad' ? t('service.fromAbroad') : p.reach === 'in-country' ? t('service.inCountry') : '';
        const label = p.kind === 'whatsapp' ? t('service.whatsapp') : p.kind === 'sms' ? t('service.sms') : t('service.call');
        const href =
          p.kind === 'whatsapp' ? waLink(p.number) ?? `tel:${p.number}` : p.kind === 'sms' ? `sms:${p.number}` : `tel:${p.number}`;
        return (
          <li key={p.number + p.kind}>
            <a class="button contact" href={href}>
              {label} <bdi dir="ltr">{p.number}</bdi>
              {reach && <small> ({reach})</small>}
            </a>
          </li>
        );
      })}
      {service.email && (
        <li>
          <a class="button contact secondary" href={`mailto:${service.email}`}>
            {t('service.email')} <bdi dir="ltr">{service.email}</bdi>
          </a>
        </li>
      )}
      {service.website && (
        <li>
          <ExternalLink class="button contact secondary" href={service.website}>
            {t('service.website')}
          </ExternalLink>
        </li>
      )}
    </ul>
  );
}
