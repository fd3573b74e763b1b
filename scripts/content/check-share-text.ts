/**
 * Every risk and pathway must be shareable in two SMS parts, with its link and a helpline, in
 * every language: the app falls back from the summary to the title, so it is the title that
 * must fit at worst. Prepaid readers pay per part, and a third part is often dropped.
 */
import type { ContentError } from './errors';
import { MAX_SMS_PARTS, shareText, smsParts } from '../../src/ui/share/sms';
import type { LanguageText } from './load-content';
import { pathFor } from '../../src/app/routes';

/** The origin the build publishes at, or a typical one: the link's length counts. */
const ORIGIN = process.env.SITE_ORIGIN ?? 'https://saferoute.example.org';
/** The longest helpline the share text may carry. */
const WIDEST_NUMBER = '+880 9610-102030';

export function checkShareText(lang: string, text: LanguageText, errors: ContentError[]): void {
  const help = (text.ui.share as Record<string, string> | undefined)?.helpline ?? 'Help: {{number}}';
  const helpline = help.replace('{{number}}', WIDEST_NUMBER);
  for (const kind of ['risks', 'pathways'] as const) {
    for (const [id, t] of Object.entries(text[kind])) {
      const url = ORIGIN + pathFor(kind === 'risks' ? { name: 'risk', lang, id } : { name: 'pathway', lang, id });
      const shared = shareText({ title: t.title, summary: t.summary, helpline, url });
      const parts = smsParts(shared);
      if (parts > MAX_SMS_PARTS) {
        errors.push({
          file: `locales/${lang}/${kind}.json`,
          record: id,
          field: 'title',
          message: `the share text (title, helpline and link) takes ${parts} SMS parts; at most ${MAX_SMS_PARTS}: shorten the title`,
        });
      }
    }
  }
}
