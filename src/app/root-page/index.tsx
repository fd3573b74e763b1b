/** The first screen at "/": pick a language. Every name is written in its own script. */
import { LANGUAGES } from '../../i18n/languages';
import { pathFor } from '../routes';
import { Icon } from '../../ui/icon';

export function RootPage({ built }: { built: string[] }) {
  return (
    <main id="main" class="root-page">
      <h1>SafeRoute</h1>
      <p class="root-hint">
        <Icon name="globe" />
      </p>
      <ul class="language-grid" aria-label="Languages">
        {LANGUAGES.filter((l) => built.includes(l.code)).map((l) => (
          <li key={l.code}>
            <a href={pathFor({ name: 'home', lang: l.code })} lang={l.code} dir={l.dir} hrefLang={l.code}>
              <span class="native">{l.name}</span>
              {l.code !== 'en' && (
                <span class="english" lang="en" dir="ltr">
                  {l.englishName}
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
