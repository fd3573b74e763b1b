/**
 * Shows a record's text in the reader's language, with the English source one tap away
 * for machine translations, and an honest note where a record falls back to English.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useApp } from '../../app/context';
import type { Localized } from '../../content/pack';

export function SourceText<T>({ entry, children }: { entry: Localized<T>; children: (text: T, textLang: string) => ComponentChildren }) {
  const { t, lang, interactive } = useApp();
  const [showSource, setShowSource] = useState(false);
  const inEnglish = entry.fallback || showSource;
  const text = showSource && entry.source ? entry.source : entry.text;
  return (
    <div class="source-text" lang={inEnglish ? 'en' : lang} dir={inEnglish ? 'ltr' : undefined}>
      {entry.fallback && (
        <p class="notice fallback" lang={lang} dir="auto">
          {t('review.fallback')}
        </p>
      )}
      {entry.source && interactive && (
        <button type="button" class="link-button source-toggle" lang={lang} aria-pressed={showSource} onClick={() => setShowSource(!showSource)}>
          {showSource ? t('review.showTranslation') : t('review.showSource')}
        </button>
      )}
      {children(text, inEnglish ? 'en' : lang)}
    </div>
  );
}
