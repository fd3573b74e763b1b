import { describe, expect, it } from 'vitest';
import { callNumber, corridorFromQuery, helpLines, readerCountry, worksFrom } from '../../../src/content/corridor';
import type { Pack, PackPhone } from '../../../src/content/pack';
import { serviceEntry } from '../../helpers/service-entry';

const phone = (number: string, over: Partial<PackPhone> = {}): PackPhone => ({ number, kind: 'hotline', reach: 'any', national: number, ...over });
const shortCode = (number: string) => phone(number, { reach: 'in-country' });

const pack = {
  services: [
    serviceEntry({ id: 'kr-office', country: 'KR', categories: ['labour-complaint'], phones: [phone('1350', { kind: 'office', reach: 'in-country' })] }),
    serviceEntry({ id: 'kr-hotline', country: 'KR', categories: ['hotline'], phones: [shortCode('1345')] }),
    serviceEntry({ id: 'kr-247', country: 'KR', categories: ['hotline'], open247: true, phones: [shortCode('15770071')] }),
    serviceEntry({ id: 'lk-hotline', country: 'LK', categories: ['hotline'], open247: true, phones: [shortCode('1989')] }),
    serviceEntry({ id: 'lk-licence-check', country: 'LK', categories: ['hotline'], phones: [shortCode('1989')] }),
    serviceEntry({ id: 'lk-unverified', country: 'LK', categories: ['hotline'], status: 'unverified', phones: [shortCode('1990')] }),
    serviceEntry({
      id: 'bd-probash',
      country: 'BD',
      categories: ['hotline'],
      open247: true,
      phones: [shortCode('16135'), phone('+8809610102030', { reach: 'from-abroad', e164: '+8809610102030', international: '+880 9610-102030' })],
    }),
    serviceEntry({ id: 'ae-embassy', country: 'AE', categories: ['consular'], phones: [shortCode('800119119')] }),
    serviceEntry({ id: 'mm-bureau', country: 'MM', categories: ['migrant-bureau'], phones: [phone('067430183', { kind: 'office', e164: '+9567430183' })] }),
    serviceEntry({ id: 'qa-sms', country: 'QA', categories: ['hotline'], phones: [phone('92727', { kind: 'sms' })] }),
    serviceEntry({ id: 'kr-closed', country: 'KR', categories: ['hotline'], status: 'inactive', phones: [shortCode('1111')] }),
  ],
} as unknown as Pack;

const ids = (lines: ReturnType<typeof helpLines>) => lines.map((l) => l.service.id);

describe('the emergency helpline bar', () => {
  it('puts numbers that work from where the reader is first: abroad, the destination line before the home short code', () => {
    const lines = helpLines(pack, ['KR', 'LK'], 'KR');
    expect(ids(lines)).toEqual(['kr-247', 'kr-hotline', 'lk-hotline']);
    expect(lines.map((l) => l.works)).toEqual([true, true, false]);
  });

  it('at home, shows the home hotline first and labels the destination short code as not working from here', () => {
    const lines = helpLines(pack, ['LK', 'KR'], 'LK', 2);
    expect(ids(lines)).toEqual(['lk-hotline', 'kr-247']);
    expect(lines[1]!.works).toBe(false);
  });

  it('picks the from-abroad number of a service when the reader is abroad', () => {
    const [line] = helpLines(pack, ['BD'], 'AE', 1);
    expect(line!.phone.number).toBe('+8809610102030');
    expect(line!.works).toBe(true);
    const [atHome] = helpLines(pack, ['BD'], 'BD', 1);
    expect(atHome!.phone.number).toBe('16135');
  });

  it('never lists one number twice, even when two services share it', () => {
    const numbers = helpLines(pack, ['LK'], 'LK', 5).map((l) => l.phone.number);
    expect(numbers.filter((n) => n === '1989')).toHaveLength(1);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('ranks unverified numbers after verified ones', () => {
    expect(ids(helpLines(pack, ['LK'], 'LK', 5)).at(-1)).toBe('lk-unverified');
  });

  it('falls back to a bureau or office number where a country has no hotline, never to nothing', () => {
    expect(ids(helpLines(pack, ['MM'], 'MM'))).toEqual(['mm-bureau']);
  });

  it('never offers a closed service or an SMS-only number as something to call', () => {
    expect(helpLines(pack, ['QA'], 'QA')).toEqual([]);
    expect(ids(helpLines(pack, ['KR'], 'KR', 10))).not.toContain('kr-closed');
    expect(callNumber(pack.services.find((s) => s.id === 'qa-sms')!)).toBeUndefined();
  });

  it('knows that a short code works only inside its country', () => {
    expect(worksFrom(shortCode('1989'), 'LK', 'LK')).toBe(true);
    expect(worksFrom(shortCode('1989'), 'LK', 'SA')).toBe(false);
    expect(worksFrom(phone('0380008000', { e164: '+60380008000' }), 'MY', 'NP')).toBe(true);
    expect(worksFrom(phone('+8809610102030', { reach: 'from-abroad', e164: '+8809610102030' }), 'BD', 'BD')).toBe(false);
  });
});

describe('the journey', () => {
  it('reads the journey from the URL, ignoring anything that is not a country code', () => {
    expect(corridorFromQuery(new URLSearchParams('from=lk&to=KR'))).toEqual({ from: 'LK', to: 'KR' });
    expect(corridorFromQuery(new URLSearchParams('from=<b>&to=KR'))).toEqual({ from: undefined, to: 'KR' });
    expect(corridorFromQuery(new URLSearchParams('from=LK&to=SA&at=to'))).toEqual({ from: 'LK', to: 'SA', at: 'to' });
    expect(corridorFromQuery(new URLSearchParams(''))).toBeUndefined();
  });

  it('places the reader at home unless they say they have arrived', () => {
    expect(readerCountry({ from: 'LK', to: 'SA' })).toBe('LK');
    expect(readerCountry({ from: 'LK', to: 'SA', at: 'to' })).toBe('SA');
    expect(readerCountry({}, 'NP')).toBe('NP');
  });
});

describe('help for the reader’s nationality', () => {
  it('leaves out another country’s embassy', () => {
    const embassies = {
      services: [
        serviceEntry({ id: 'qa-id-embassy', country: 'QA', categories: ['consular'], serves: { genders: ['any'], nationalities: ['ID'], statuses: [] }, phones: [phone('+97433322875', { e164: '+97433322875' })] }),
        serviceEntry({ id: 'qa-mol', country: 'QA', categories: ['hotline'], phones: [shortCode('16008')] }),
      ],
    } as unknown as Pack;
    expect(ids(helpLines(embassies, ['QA'], 'QA', 3, 'NP'))).toEqual(['qa-mol']);
    expect(ids(helpLines(embassies, ['QA'], 'QA', 3, 'ID'))).toEqual(['qa-mol', 'qa-id-embassy']);
  });
});
