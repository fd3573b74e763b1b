import { describe, expect, it } from 'vitest';
import { callNumber, corridorFromQuery, helplinesFor } from '../../../src/content/corridor';
import type { Pack } from '../../../src/content/pack';
import { serviceEntry } from '../../helpers/service-entry';

const pack = {
  services: [
    serviceEntry({ id: 'kr-office', country: 'KR', categories: ['labour-complaint'], phones: [{ number: '1350', kind: 'office', reach: 'any' }] }),
    serviceEntry({ id: 'kr-hotline', country: 'KR', categories: ['hotline'], phones: [{ number: '1345', kind: 'hotline', reach: 'any' }] }),
    serviceEntry({ id: 'kr-247', country: 'KR', categories: ['hotline'], open247: true, phones: [{ number: '15770071', kind: 'hotline', reach: 'any' }] }),
    serviceEntry({ id: 'lk-hotline', country: 'LK', categories: ['hotline'], open247: true, phones: [{ number: '1989', kind: 'hotline', reach: 'any' }] }),
    serviceEntry({ id: 'mm-bureau', country: 'MM', categories: ['migrant-bureau'], phones: [{ number: '067430183', kind: 'office', reach: 'any' }] }),
    serviceEntry({ id: 'qa-sms', country: 'QA', categories: ['hotline'], phones: [{ number: '92727', kind: 'sms', reach: 'any' }] }),
    serviceEntry({ id: 'kr-closed', country: 'KR', categories: ['hotline'], status: 'inactive', phones: [{ number: '1111', kind: 'hotline', reach: 'any' }] }),
  ],
} as unknown as Pack;

describe('the emergency helpline bar', () => {
  it('shows the destination first, around-the-clock hotlines before others, then the origin', () => {
    expect(helplinesFor(pack, ['KR', 'LK']).map((s) => s.id)).toEqual(['kr-247', 'kr-hotline', 'lk-hotline']);
  });

  it('falls back to a bureau or office number where a country has no hotline, never to nothing', () => {
    expect(helplinesFor(pack, ['MM']).map((s) => s.id)).toEqual(['mm-bureau']);
  });

  it('never offers a closed service or an SMS-only number as something to call', () => {
    expect(helplinesFor(pack, ['QA'])).toEqual([]);
    expect(helplinesFor(pack, ['KR']).map((s) => s.id)).not.toContain('kr-closed');
    expect(callNumber(pack.services.find((s) => s.id === 'qa-sms')!)).toBeUndefined();
  });

  it('reads the journey from the URL, ignoring anything that is not a country code', () => {
    expect(corridorFromQuery(new URLSearchParams('from=lk&to=KR'))).toEqual({ from: 'LK', to: 'KR' });
    expect(corridorFromQuery(new URLSearchParams('from=<b>&to=KR'))).toEqual({ from: undefined, to: 'KR' });
    expect(corridorFromQuery(new URLSearchParams(''))).toBeUndefined();
  });
});
