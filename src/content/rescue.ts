/**
 * The rescue screen's data: for every language, the few words and numbers a person needs when
 * that language's pack is not on the phone or will not load. All languages in one small
 * precached file, so no reader meets an English-only dead end, offline or not.
 */
import { displayNumber, helpLines, telHref } from './corridor';
import type { Pack } from './pack';
import { findLanguage } from '../i18n/languages';

export interface RescueLanguage {
  dir: 'ltr' | 'rtl';
  strings: {
    offlineLanguage: string;
    packDamaged: string;
    packUnavailable: string;
    retry: string;
    otherLanguage: string;
    quickExit: string;
  };
  lines: { name: string; number: string; href: string }[];
}

export type Rescue = Record<string, RescueLanguage>;

/** Built from each language's pack: its own words, and its home country's helplines. */
export function rescueFor(pack: Pack): RescueLanguage {
  const ui = pack.ui as { status?: Record<string, string>; quickExit?: Record<string, string> };
  const s = (key: string, english: string) => ui.status?.[key] ?? english;
  const home = findLanguage(pack.lang)?.homeCountry;
  const lines = home ? helpLines(pack, [home], home, 3, home) : [];
  return {
    dir: pack.dir,
    strings: {
      offlineLanguage: s('offlineLanguage', 'This language is not on your phone yet. Connect to the internet once to load it.'),
      packDamaged: s('packDamaged', 'The text for this language arrived damaged.'),
      packUnavailable: s('packUnavailable', 'We could not get a good copy of this language. Connect to the internet, then tap Try again.'),
      retry: s('retry', 'Try again'),
      otherLanguage: s('otherLanguage', 'Choose another language'),
      quickExit: ui.quickExit?.label ?? 'Quick exit',
    },
    lines: lines.map((l) => ({ name: l.service.text.name, number: displayNumber(l.phone, l.service.country, home), href: telHref(l.phone) })),
  };
}
