/**
 * Call, WhatsApp, SMS, email and website buttons for a service. Only tel:, sms:, mailto: and https: links.
 * WhatsApp and SMS appear only for numbers the source says take them: texting a voice-only
 * hotline would leave a person in danger waiting for an answer that never comes.
 */
import { useApp } from '../../app/context';
import type { PackPhone, ServiceEntry } from '../../content/pack';
import { displayNumber, readerCountry, telHref, waLink } from '../../content/corridor';
import { findLanguage } from '../../i18n/languages';
import { ExternalLink } from '../external-link';

export { waLink };

const hrefFor = (p: PackPhone) => (p.kind === 'whatsapp' ? waLink(p) : p.kind === 'sms' ? `sms:${p.e164 ?? p.number}` : telHref(p));

export function ContactLinks({ service }: { service: ServiceEntry }) {
  const { t, lang, corridor } = useApp();
  const here = readerCountry(corridor, findLanguage(lang)?.homeCountry);
  return (
    <ul class="contact-links">
      {service.phones.map((p) => {
        const href = hrefFor(p);
        // A WhatsApp number without an international form cannot be messaged: show nothing rather than a call.
        if (!href) return null;
        const reach = p.reach === 'from-abroad' ? t('service.fromAbroad') : p.reach === 'in-country' ? t('service.inCountry') : '';
        const label = p.kind === 'whatsapp' ? t('service.whatsapp') : p.kind === 'sms' ? t('service.sms') : t('service.call');
        return (
          <li key={p.number + p.kind}>
            <a class="button contact" href={href}>
              {label} <bdi dir="ltr">{displayNumber(p, service.country, here)}</bdi>
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
