/** One number to call, as the help bar, the hand-over sheet and counsellor results show it. */
import type { TFunction } from 'i18next';
import { displayNumber, telHref, type HelpLine } from '../../content/corridor';
import { countryName } from '../../i18n/format';
import { shortText } from '../../i18n/short-text';
import { Icon } from '../icon';

interface Props {
  line: HelpLine;
  /** Where the reader is: decides the number's written form and the "only inside" label. */
  here?: string;
  /** Shorten the name to about this many characters, at a word boundary. */
  nameLength?: number;
  class?: string;
  /** The language of the surrounding text (counsellor mode shows the traveller's, not the app's). */
  t: TFunction;
  lang: string;
}

export function HelpLineLink({ line, here, nameLength, class: className, t, lang }: Props) {
  const { service, phone, works } = line;
  const name = nameLength ? shortText(service.text.name, service.fallback ? 'en' : lang, nameLength) : service.text.name;
  return (
    <a href={telHref(phone)} class={className ?? 'helpline'} data-works={works ? 'yes' : 'no'}>
      <Icon name="phone" />
      <span class="helpline-text">
        <bdi dir="ltr" class="number">
          {displayNumber(phone, service.country, here)}
        </bdi>{' '}
        <span class="who" lang={service.fallback ? 'en' : undefined} title={service.text.name}>
          {name}
        </span>
        {!works && <small class="reach">{t('helpline.onlyIn', { country: countryName(service.country, lang) })}</small>}
        {service.status === 'unverified' && (
          <small class="unverified">
            <Icon name="warning" /> {t('record.unverifiedShort')}
          </small>
        )}
      </span>
    </a>
  );
}
