/** i18next, set up synchronously from a pack's UI strings, so the first render is already translated. */
import i18next, { type InitOptions, type TFunction } from 'i18next';
import type { Pack } from '../content/pack';
import { formatNumber } from './format';
import { registerLocaleData } from './locale-data';

/**
 * Sets a language up from its pack: registers the pack's locale data (names, dates, digits the
 * browser may lack) and returns i18next's t for the pack's UI strings.
 */
export function createTranslator(pack: Pick<Pack, 'lang' | 'ui'> & Partial<Pick<Pack, 'locale'>>): TFunction {
  registerLocaleData(pack.lang, pack.locale);
  const instance = i18next.createInstance();
  void instance.init({
    lng: pack.lang,
    // The pack's UI strings already have English merged in for any missing key.
    fallbackLng: false,
    resources: { [pack.lang]: { translation: pack.ui } },
    initAsync: false,
    interpolation: {
      escapeValue: false, // Preact escapes text; i18next must not double-escape.
      // Numbers in the reader's own digits and grouping (১২, ၁၂, ۱۲), by the platform's CLDR data.
      alwaysFormat: true,
      format: (value: unknown, _format: string | undefined, lng?: string) =>
        typeof value === 'number' ? formatNumber(value, lng ?? pack.lang) : value,
    } as InitOptions['interpolation'],
    returnNull: false,
    showSupportNotice: false,
  });
  return instance.t;
}
