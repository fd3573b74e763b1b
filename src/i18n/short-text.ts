/**
 * Shortens a name to about `max` characters at a word boundary of the reader's script, so a
 * help-bar button never shows "Nepal Polic…". Thai, Khmer, Lao and Burmese have no spaces
 * between words: Intl.Segmenter finds the boundaries there. A bracketed aside (an English name
 * after the local one) is dropped first, because it repeats what comes before it.
 */
export function shortText(text: string, lang: string, max: number): string {
  if ([...text].length <= max) return text;
  const unbracketed = text.replace(/\s*[(（][^)）]*[)）]\s*/g, ' ').trim();
  if (unbracketed && [...unbracketed].length <= max) return unbracketed;
  const source = unbracketed || text;
  let out = '';
  for (const word of words(source, lang)) {
    if ([...(out + word)].length > max) break;
    out += word;
  }
  out = out.trim().replace(/[\s,.:;·–-]+$/u, '');
  return out ? `${out}…` : source;
}

function words(text: string, lang: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    try {
      return [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].map((s) => s.segment);
    } catch {
      // An unknown locale tag: fall through to spaces.
    }
  }
  return text.split(/(\s+)/);
}
