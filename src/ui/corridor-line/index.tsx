import { useApp } from '../../app/context';
import { countryName } from '../../i18n/format';
import { findLanguage } from '../../i18n/languages';

/**
 * "Sri Lanka → Korea", with the arrow pointing the way the reader reads: in Urdu, Dari and
 * Pashto the origin stands on the right, so the arrow must point left. Each name is isolated
 * so a Latin fallback name cannot reorder the line.
 */
export function CorridorLine({ from, to }: { from: string; to: string }) {
  const { lang } = useApp();
  const arrow = findLanguage(lang)?.dir === 'rtl' ? '←' : '→';
  return (
    <span class="corridor">
      <bdi>{countryName(from, lang)}</bdi> <span aria-hidden="true">{arrow}</span> <bdi>{countryName(to, lang)}</bdi>
    </span>
  );
}
