import { describe, expect, it } from 'vitest';
import { addMonths, isStale } from '../../../src/content/staleness';

describe('record staleness', () => {
  it('a record checked exactly twelve months before the build is not yet stale', () => {
    expect(isStale('2025-11-24', '2026-11-24')).toBe(false);
  });

  it('a record checked twelve months and a day before the build is stale', () => {
    expect(isStale('2025-11-23', '2026-11-24')).toBe(true);
  });

  it('a record checked after the build date is not stale', () => {
    expect(isStale('2026-12-03', '2026-11-24')).toBe(false);
  });

  it('a shorter period can be asked for', () => {
    expect(isStale('2026-05-23', '2026-11-24', 6)).toBe(true);
    expect(isStale('2026-05-24', '2026-11-24', 6)).toBe(false);
  });
});

describe('due dates', () => {
  it('add whole months, across a year end', () => {
    expect(addMonths('2026-11-24', 12)).toBe('2027-11-24');
    expect(addMonths('2026-11-24', 3)).toBe('2027-02-24');
  });

  it('keep to the last day of a shorter month instead of spilling into the next', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-01-31', 13)).toBe('2028-02-29');
  });

  it('refuse a date that is not YYYY-MM-DD', () => {
    expect(() => addMonths('24/11/2026', 1)).toThrow(/YYYY-MM-DD/);
  });
});
