import { readFileSync } from 'node:fs';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { AppContext, type AppState } from '../../../src/app/context';
import type { Pack } from '../../../src/content/pack';
import { RecordMeta } from '../../../src/ui/record-meta';

const en = JSON.parse(readFileSync(new URL('../../../locales/en/ui.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
const STALE = en.record!.stale!;
const t = ((key: string, opts?: { date?: string }) => {
  const [group, name] = key.split('.');
  return (en[group!]?.[name!] ?? key).replace('{{date}}', opts?.date ?? '');
}) as unknown as TFunction;

function render(lastVerified: string, builtOn: string): string {
  const pack = { lang: 'en', builtOn, sources: { F002: { title: 'SLBFE', seen: '2026-11-24', confidence: 'confirmed' } } } as unknown as Pack;
  const app = { pack, t, lang: 'en', interactive: false } as unknown as AppState;
  return renderToString(
    <AppContext.Provider value={app}>
      <RecordMeta sources={['F002']} lastVerified={lastVerified} />
    </AppContext.Provider>,
  );
}

describe('record meta', () => {
  it('warns that a record last checked over a year before the pack was built may be out of date', () => {
    expect(render('2025-11-01', '2026-11-24')).toContain(STALE);
  });

  it('shows no warning for a record checked within the year', () => {
    const html = render('2026-11-24', '2026-11-24');
    expect(html).toContain('Last checked');
    expect(html).not.toContain(STALE);
  });

  it('measures age against the pack, not the clock, so prerender and browser agree', () => {
    // Long stale by today's clock, but fresh when the pack was built.
    expect(render('2020-01-10', '2020-06-01')).not.toContain(STALE);
  });
});
