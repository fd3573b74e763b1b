import { useEffect, useMemo } from 'preact/hooks';
import { useApp } from '../../app/context';
import { buildIndex, type SearchIndex } from '../../content/search';
import { countryName } from '../../i18n/format';

const cache = new WeakMap<object, SearchIndex>();

/**
 * The pack's search index, made once per pack. Its text is built when the page is idle, off
 * the render path, so the first word typed is answered at once.
 */
export function useSearchIndex(): SearchIndex {
  const { pack, t, lang, interactive } = useApp();
  const index = useMemo(() => {
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
  useEffect(() => {
    // A slice is replaced by the whole pack within seconds: index that one instead.
    if (!interactive || pack.slice) return;
    const idle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run) : setTimeout(run, 50));
    idle(() => index.prepare());
  }, [index, interactive, pack]);
  return index;
}
