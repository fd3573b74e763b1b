import type { ComponentChildren } from 'preact';
import { useApp } from '../context';
import { HelplineBar } from '../helpline-bar';
import { LanguageSwitch } from '../language-switch';
import { QuickExit } from '../quick-exit';
import { UpdatePrompt } from '../update-prompt';

export function Layout({ children, built }: { children: ComponentChildren; built: string[] }) {
  const { t, lang, pack, interactive } = useApp();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header class="topbar">
        <a class="brand" href={`/${lang}/`}>
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
        <a href={`/${lang}/`}>{t('nav.home')}</a>
        <a href={`/${lang}/services/`}>{t('nav.help')}</a>
        <a href={`/${lang}/pathways/`}>{t('nav.pathways')}</a>
        <a href={`/${lang}/settings`}>{t('nav.settings')}</a>
      </nav>
      <HelplineBar />
      {interactive && <UpdatePrompt />}
    </>
  );
}
