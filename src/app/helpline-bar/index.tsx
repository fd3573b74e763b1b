/** The emergency helplines for the person's countries, always on screen. */
import { callNumber, helplinesFor } from '../../content/corridor';
import { findLanguage } from '../../i18n/languages';
import { useApp } from '../context';
import { Icon } from '../../ui/icon';

export function HelplineBar() {
  const { pack, t, lang, corridor } = useApp();
  const home = findLanguage(lang)?.homeCountry;
  const countries = [corridor.to, corridor.from ?? home].filter((c): c is string => !!c);
  const lines = helplinesFor(pack, [...new Set(countries)]);
  return (
    <aside class="helpline-bar" aria-label={t('helpline.title')}>
      {lines.length ? (
        <ul>
          {lines.map((s) => {
            const number = callNumber(s)!;
            return (
              <li key={s.id}>
                <a href={`tel:${number}`} class="helpline">
                  <Icon name="phone" />
                  <bdi dir="ltr" class="number">{number}</bdi> <span class="who">{s.text.name}</span>
                </a>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('helpline.choose')}</p>
      )}
      <a href={`/${lang}/services/?category=hotline`} class="helpline-more">
        {t('helpline.more')}
      </a>
    </aside>
  );
}
