import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../scripts/content/load-content';
import { formatError } from '../../../scripts/content/errors';
import { validFixture, writeFixture, type FixtureFiles } from '../../helpers/content-fixture';

function check(mutate: (f: FixtureFiles) => void = () => {}) {
  const f = validFixture();
  mutate(f);
  return loadContent(writeFixture(f));
}

/** Exactly the errors, as an editor would read them. */
const messages = (r: ReturnType<typeof check>) => r.errors.map(formatError);

describe('content check', () => {
  it('passes valid content and reports coverage per language', () => {
    const result = check();
    expect(messages(result)).toEqual([]);
    const si = result.coverage.find((c) => c.lang === 'si')!;
    expect(si.ui).toEqual([2, 2]);
    expect(si.risks).toEqual([1, 1]);
    expect(si.pathways).toEqual([0, 1]);
  });

  it('a schema error names the file, record and field', () => {
    const result = check((f) => {
      f.risks[0]!.stage = 'sometime';
    });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: 'src/content/data/risks.json', record: 'visit-visa-work', field: 'stage' });
  });

  it('a record with no source fails', () => {
    const result = check((f) => {
      f.services[0]!.sources = [];
    });
    expect(result.errors.some((e) => e.record === 'lk-slbfe-hotline' && e.field === 'sources')).toBe(true);
  });

  it('a record citing a source that does not exist fails', () => {
    const result = check((f) => {
      f.risks[0]!.sources = ['F999'];
    });
    expect(messages(result)).toContain(
      'src/content/data/risks.json: record "visit-visa-work", field "sources.0": unknown source "F999" (not in src/content/data/sources.json)',
    );
  });

  it('a record with no lastVerified date fails', () => {
    const result = check((f) => {
      delete f.pathways[0]!.lastVerified;
    });
    expect(result.errors).toContainEqual(expect.objectContaining({ file: 'src/content/data/pathways.json', record: 'lk-kr', field: 'lastVerified' }));
  });

  it('a dangling id fails, in data and in a translation', () => {
    const result = check((f) => {
      (f.risks[0]!.related as { services: string[] }).services = ['no-such-service'];
      (f.text.si!.risks as Record<string, unknown>)['no-such-risk'] = (f.text.si!.risks as Record<string, unknown>)['visit-visa-work'];
    });
    expect(result.errors).toContainEqual(expect.objectContaining({ record: 'visit-visa-work', field: 'related.services.0' }));
    expect(result.errors).toContainEqual(expect.objectContaining({ file: 'locales/si/risks.json', record: 'no-such-risk' }));
  });

  it('a badly formed phone number fails', () => {
    const result = check((f) => {
      (f.services[0]!.phones as { number: string }[])[0]!.number = '+94 11 abc';
    });
    expect(result.errors).toContainEqual(expect.objectContaining({ record: 'lk-slbfe-hotline', field: 'phones.0.number' }));
  });

  it('a phone number that is not in the cited source fails', () => {
    const result = check((f) => {
      (f.services[0]!.phones as { number: string }[])[0]!.number = '1919';
    });
    expect(messages(result).some((m) => m.startsWith('src/content/data/services.json: record "lk-slbfe-hotline", field "phones.0.number": phone 1919 does not appear in its cited sources ('))).toBe(true);
  });

  it('a bad URL fails, and so does a URL the source does not give', () => {
    const bad = check((f) => {
      f.services[0]!.website = 'not a url';
    });
    expect(bad.errors).toContainEqual(expect.objectContaining({ record: 'lk-slbfe-hotline', field: 'website' }));
    const untraced = check((f) => {
      f.services[0]!.website = 'https://slbfe-jobs.example.com';
    });
    expect(untraced.errors).toContainEqual(
      expect.objectContaining({ record: 'lk-slbfe-hotline', field: 'website', message: expect.stringContaining('its site is not named in its cited sources') }),
    );
  });

  it('a share summary over 160 characters fails, counted in characters not bytes', () => {
    const long = check((f) => {
      (f.text.en!.risks as Record<string, { summary: string }>)['visit-visa-work']!.summary = 'x'.repeat(161);
    });
    expect(long.errors).toContainEqual(expect.objectContaining({ file: 'locales/en/risks.json', record: 'visit-visa-work', field: 'summary' }));
    const sinhala = check((f) => {
      // 160 Sinhala characters are 480 bytes of UTF-8: still within the limit.
      (f.text.si!.risks as Record<string, { summary: string }>)['visit-visa-work']!.summary = 'ස'.repeat(160);
    });
    expect(messages(sinhala)).toEqual([]);
  });

  it('raw HTML fails in content and in UI strings', () => {
    const result = check((f) => {
      (f.text.en!.risks as Record<string, { body: string[] }>)['visit-visa-work']!.body = ['Call <a href="x">here</a>'];
      (f.text.si!.ui as Record<string, Record<string, string>>).app!.name = '<b>SafeRoute</b>';
    });
    expect(result.errors).toContainEqual(expect.objectContaining({ record: 'visit-visa-work', field: 'body.0', message: 'raw HTML is not allowed' }));
    expect(result.errors).toContainEqual(expect.objectContaining({ file: 'locales/si/ui.json', record: 'app.name', message: 'raw HTML is not allowed' }));
  });

  it('a record resting on an unconfirmed fact must be marked unverified', () => {
    const result = check((f) => {
      f.services[0]!.sources = ['F002', 'F011'];
    });
    expect(result.errors).toContainEqual(expect.objectContaining({ record: 'lk-slbfe-hotline', field: 'status' }));
  });

  it('UI strings: a missing key, a key not in English and a foreign placeholder all fail', () => {
    const result = check((f) => {
      f.text.si!.ui = { app: { name: 'x', extra: 'y' }, services: { results_other: '{{total}} සේවා' } };
    });
    const si = result.errors.filter((e) => e.file === 'locales/si/ui.json');
    expect(si).toContainEqual(expect.objectContaining({ record: 'app.extra', message: 'broken key: not in the English ui.json' }));
    expect(si).toContainEqual(expect.objectContaining({ record: 'services.results_other', message: 'placeholder {{total}} is not in the English text' }));
    const missing = check((f) => {
      f.text.si!.ui = { app: { name: 'x' } };
    });
    expect(missing.errors).toContainEqual(expect.objectContaining({ file: 'locales/si/ui.json', record: 'services.results', message: 'missing required UI string' }));
  });

  it('invalid JSON names the line and column', () => {
    const f = validFixture();
    f.text.si!.risks = '{\n  "visit-visa-work": {,\n}';
    const result = loadContent(writeFixture(f));
    expect(messages(result)).toContainEqual(expect.stringMatching(/^locales\/si\/risks\.json: record "\(file\)".*line 2, column \d+/));
  });
});
