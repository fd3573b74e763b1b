import type { ComponentChildren } from 'preact';
import { useApp } from '../context';
import { HelplineBar } from '../helpline-bar';
import { LanguageSwitch } from '../language-switch';
import { QuickExit } from '../quick-exit';
import { pathFor } from '../routes';
import { UpdatePrompt } from '../update-prompt';

export function Layout({ children, built }: { children: ComponentChildren; built: string[] }) {
  const { t, lang, pack, interactive } = useApp();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header class="topbar">
        <a class="brand" href={pathFor({ name: 'home', lang })}>
          {t('app.name')}
        </a>
        <LanguageSwitch built={built} />
        <QuickExit />
      </header>
      {pack.review === 'machine' && <p class="review-notice">{t('review.machine')}</p>}
      <p class="offline-notice" hidden>
        {t('status.offline')}
      </p>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <nav class="bottom-nav" aria-label={t('nav.main')}>
        <a href={pathFor({ name: 'home', lang })}>{t('nav.home')}</a>
        <a href={pathFor({ name: 'services', lang })}>{t('nav.help')}</a>
        <a href={pathFor({ name: 'pathways', lang })}>{t('nav.pathways')}</a>
        <a href={pathFor({ name: 'settings', lang })}>{t('nav.settings')}</a>
      </nav>
      <HelplineBar />
      {interactive && <UpdatePrompt />}
    </>
  );
}
