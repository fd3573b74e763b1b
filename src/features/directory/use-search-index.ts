import { useMemo } from 'preact/hooks';
import { useApp } from '../../app/context';
import { buildIndex, type SearchIndex } from '../../content/search';
import { countryName } from '../../i18n/format';

const cache = new WeakMap<object, SearchIndex>();

/** The pack's search index, built once per page (and reused across re-renders). */
export function useSearchIndex(): SearchIndex {
  const { pack, t, lang } = useApp();
  return useMemo(() => {
    let index = cache.get(pack);
    if (!index) {
      const english = (c: string) => (pack.ui as { category?: Record<string, string> }).category?.[c] ?? c;
      index = buildIndex(
        pack.services,
        (c) => [t(`category.${c}`), english(c), c],
        (code) => [countryName(code, lang), countryName(code, 'en')],
      );
      cache.set(pack, index);
    }
    return index;
  }, [pack, t, lang]);
}
