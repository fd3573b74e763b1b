/**
 * The emergency helplines for the person's countries, always on screen. Two at most: a third
 * would push a button off a 360 px screen; "More help" lists the rest.
 */
import { helpLines, readerCountry } from '../../content/corridor';
import { findLanguage } from '../../i18n/languages';
import { useApp } from '../context';
import { HelpLineLink } from '../../ui/help-line';
import { pathFor } from '../routes';

export function HelplineBar() {
  const { pack, t, lang, corridor } = useApp();
  const home = findLanguage(lang)?.homeCountry;
  const here = readerCountry(corridor, home);
  const countries = [...new Set([here, corridor.to, corridor.from ?? home].filter((c): c is string => !!c))];
  const lines = helpLines(pack, countries, here, 2, corridor.from ?? home);
  return (
    <aside class="helpline-bar" aria-label={t('helpline.title')}>
      {lines.length ? (
        <ul>
          {lines.map((line) => (
            <li key={line.service.id}>
              <HelpLineLink line={line} here={here} nameLength={22} t={t} lang={lang} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('helpline.choose')}</p>
      )}
      <a href={pathFor({ name: 'services', lang }, { category: 'hotline' })} class="helpline-more">
        {t('helpline.more')}
      </a>
    </aside>
  );
}
