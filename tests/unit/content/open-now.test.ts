import { describe, expect, it } from 'vitest';
import { localClock, openState } from '../../../src/content/open-now';

const weekdays = { hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'] as ('mo' | 'tu' | 'we' | 'th' | 'fr')[], opens: '09:00', closes: '17:00' }], open247: false };

describe('open now', () => {
  it('is computed on the service’s own clock, not the reader’s', () => {
    // Wednesday 2026-11-25 03:30 UTC = 09:00 in Colombo (UTC+5:30), 10:30 in Bangkok, 12:30 in Seoul.
    const now = new Date('2026-11-25T03:30:00Z');
    expect(localClock(now, 'Asia/Colombo')).toMatchObject({ day: 'we', time: '09:00' });
    expect(openState({ ...weekdays, timezone: 'Asia/Colombo' }, now)).toBe('open');
    expect(openState({ ...weekdays, timezone: 'Asia/Kathmandu' }, new Date('2026-11-25T03:14:00Z'))).toBe('closed'); // 08:59 in Kathmandu (UTC+5:45)
    expect(openState({ ...weekdays, timezone: 'Asia/Kathmandu' }, new Date('2026-11-25T03:15:00Z'))).toBe('open');
    // 17:00 is closing time: closed at 17:00 exactly in Riyadh (UTC+3).
    expect(openState({ ...weekdays, timezone: 'Asia/Riyadh' }, new Date('2026-11-25T14:00:00Z'))).toBe('closed');
  });

  it('the same instant is Friday in Sydney and Thursday in Dubai', () => {
    const now = new Date('2026-11-26T22:30:00Z'); // Fri 09:30 Sydney (UTC+11), Fri 02:30 Dubai (UTC+4)
    expect(localClock(now, 'Australia/Sydney').day).toBe('fr');
    const fridayOnly = { hours: [{ days: ['fr'] as 'fr'[], opens: '09:00', closes: '12:00' }], open247: false };
    expect(openState({ ...fridayOnly, timezone: 'Australia/Sydney' }, now)).toBe('open');
    expect(openState({ ...fridayOnly, timezone: 'Asia/Dubai' }, now)).toBe('closed');
  });

  it('hours past midnight are open in the small hours of the next day', () => {
    const night = { hours: [{ days: ['sa'] as 'sa'[], opens: '22:00', closes: '06:00' }], open247: false, timezone: 'Asia/Manila' };
    expect(openState(night, new Date('2026-11-28T15:00:00Z'))).toBe('open'); // Sat 23:00 Manila
    expect(openState(night, new Date('2026-11-28T19:00:00Z'))).toBe('open'); // Sun 03:00 Manila
    expect(openState(night, new Date('2026-11-28T23:00:00Z'))).toBe('closed'); // Sun 07:00 Manila
    expect(openState(night, new Date('2026-11-27T19:00:00Z'))).toBe('closed'); // Sat 03:00: Friday night not listed
  });

  it('24/7 services are always open; services with no known hours are unknown, never "closed"', () => {
    expect(openState({ open247: true, hours: [], timezone: 'Asia/Seoul' }, new Date())).toBe('always');
    expect(openState({ open247: false, hours: [], timezone: 'Asia/Seoul' }, new Date())).toBe('unknown');
  });
});
