/**
 * The language switch is ordinary links to the same page in each built language: it works
 * without JavaScript, can be shared, and each name is written in its own script.
 */
import { LANGUAGES } from '../../i18n/languages';
import { useApp } from '../context';
import { inLanguage, pathFor } from '../routes';
import { Icon } from '../../ui/icon';

export function LanguageSwitch({ built }: { built: string[] }) {
  const { t, lang, route, query } = useApp();
  const current = LANGUAGES.find((l) => l.code === lang)!;
  const search = route.name === 'services' && query.toString() ? `?${query}` : '';
  return (
    <details class="language-switch">
      <summary>
        <span class="visually-hidden">{t('language.label')}: </span>
        <Icon name="globe" />
        {current.name}
      </summary>
      <ul>
        {LANGUAGES.filter((l) => built.includes(l.code)).map((l) => (
          <li key={l.code}>
            <a
              href={pathFor(inLanguage(route, l.code)) + search}
              lang={l.code}
              dir={l.dir}
              hrefLang={l.code}
              aria-current={l.code === lang ? 'true' : undefined}
            >
              {l.name}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
