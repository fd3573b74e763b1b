import { describe, expect, it } from 'vitest';
import type { Pack, PathwayEntry, RiskEntry, ServiceEntry } from '../../../../src/content/pack';
import { countryParam, handoverPath, parseItems, resolveItems } from '../../../../src/ui/handout/items';
import { defaultSelection, relevantPages, relevantRefs } from '../../../../src/features/counsellor/relevant';

const risk = (id: string) => ({ id, text: { title: id, summary: `${id} summary`, actions: ['a1', 'a2', 'a3'] }, fallback: false }) as unknown as RiskEntry;
const pathway = (id: string, origin: string, destination: string) =>
  ({ id, origin, destination, text: { title: id, summary: '' }, fallback: false }) as unknown as PathwayEntry;
// Each service its own number: one number is listed once, however many services share it.
let nextNumber = 1980;
const service = (id: string, country: string, categories: string[], open247 = false) => {
  const number = String(nextNumber++);
  return {
    id,
    country,
    categories,
    open247,
    status: 'active',
    serves: { genders: ['any'], nationalities: 'all', statuses: [] },
    phones: [{ number, kind: 'hotline', reach: 'in-country', national: number }],
    text: { name: id, description: '' },
    fallback: false,
  } as unknown as ServiceEntry;
};

const pack = {
  lang: 'ta',
  dir: 'ltr',
  review: 'machine',
  ui: {},
  sources: {},
  risks: ['visit-visa-work', 'passport-confiscation', 'carry-your-documents', 'recruitment-fees'].map(risk),
  pathways: [pathway('lk-kr', 'LK', 'KR'), pathway('np-kr', 'NP', 'KR'), pathway('lk-jp', 'LK', 'JP')],
  services: [
    service('kr-hug', 'KR', ['hotline'], true),
    service('kr-1345', 'KR', ['hotline']),
    service('lk-slbfe-hotline', 'LK', ['hotline', 'migrant-bureau'], true),
    service('lk-slbfe', 'LK', ['migrant-bureau']),
    service('lk-licence-check', 'LK', ['migrant-bureau']),
    service('np-dofe', 'NP', ['migrant-bureau']),
  ],
} as Pack;

describe('the hand-over link', () => {
  it('is short: one-letter prefixes, commas unencoded, the destination as a country code', () => {
    expect(
      handoverPath('ta', [
        { kind: 'risk', id: 'visit-visa-work' },
        { kind: 'pathway', id: 'lk-kr' },
        { kind: 'service', id: 'lk-slbfe-hotline' },
      ], 'KR'),
    ).toBe('/ta/handout?items=r.visit-visa-work,p.lk-kr,s.lk-slbfe-hotline&to=KR');
    expect(handoverPath('ur', [], undefined)).toBe('/ur/handout');
  });

  it('reads back what it wrote, dropping malformed entries and repeats', () => {
    expect(parseItems('r.visit-visa-work,p.lk-kr,s.lk-slbfe-hotline')).toEqual([
      { kind: 'risk', id: 'visit-visa-work' },
      { kind: 'pathway', id: 'lk-kr' },
      { kind: 'service', id: 'lk-slbfe-hotline' },
    ]);
    expect(parseItems('r.a,x.b,r.a,s.,s.Bad_Id,p.<script>,novalue,r.ok-1')).toEqual([
      { kind: 'risk', id: 'a' },
      { kind: 'risk', id: 'ok-1' },
    ]);
    expect(parseItems(null)).toEqual([]);
  });

  it('accepts only two-letter country codes', () => {
    expect(countryParam('kr')).toBe('KR');
    expect(countryParam('KOR')).toBeUndefined();
    expect(countryParam('"><')).toBeUndefined();
  });

  it('skips ids the pack does not know', () => {
    const items = resolveItems(pack, parseItems('r.visit-visa-work,r.no-such-risk,p.lk-kr,s.kr-hug,s.gone'));
    expect(items.map((i) => [i.key, i.path])).toEqual([
      ['r.visit-visa-work', '/ta/risks/visit-visa-work'],
      ['p.lk-kr', '/ta/pathways/lk-kr'],
      ['s.kr-hug', '/ta/services/kr-hug'],
    ]);
  });
});

describe('what is handed over', () => {
  it('the flagged risks, the corridor’s pathway, the helplines of both ends and the origin’s bureau', () => {
    const rel = relevantPages(pack, ['visitVisa', 'passportHeld'], 'LK', 'KR');
    expect(rel.risks.map((r) => r.id)).toEqual(['visit-visa-work', 'passport-confiscation', 'carry-your-documents']);
    expect(rel.pathways.map((p) => p.id)).toEqual(['lk-kr']);
    expect(rel.services.map((s) => s.id)).toEqual(['kr-hug', 'kr-1345', 'lk-slbfe-hotline', 'lk-slbfe', 'lk-licence-check']);
  });

  it('with no flags, still the pathway and the helplines', () => {
    const rel = relevantPages(pack, [], 'LK', 'KR');
    expect(rel.risks).toEqual([]);
    expect(relevantRefs(rel).map((r) => r.kind)).toContain('service');
    expect(defaultSelection(rel, [])).toEqual(['p.lk-kr', 's.kr-hug', 's.kr-1345', 's.lk-slbfe-hotline', 's.lk-slbfe', 's.lk-licence-check']);
  });

  it('ticks each flag’s main risk first and at most eight items, so the sheet fits one page', () => {
    const rel = relevantPages(pack, ['visitVisa', 'fee', 'passportHeld'], 'LK', 'KR');
    const picked = defaultSelection(rel, ['visitVisa', 'fee', 'passportHeld']);
    expect(picked.slice(0, 3)).toEqual(['r.visit-visa-work', 'r.recruitment-fees', 'r.passport-confiscation']);
    expect(picked).toHaveLength(8);
    expect(picked).not.toContain('r.carry-your-documents');
  });

  it('without a destination there is no pathway, and only the origin’s help', () => {
    const rel = relevantPages(pack, [], 'LK', undefined);
    expect(rel.pathways).toEqual([]);
    expect(rel.services.every((s) => s.country === 'LK')).toBe(true);
  });
});
