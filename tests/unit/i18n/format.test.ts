import { describe, expect, it } from 'vitest';
import { buildLocaleData, countryName, formatDate, formatNumber, weekdayName } from '../../../src/i18n/format';
import { registerLocaleData } from '../../../src/i18n/locale-data';
import { createTranslator } from '../../../src/i18n/translator';

describe('locale data for languages the phone’s browser lacks', () => {
  it('is computed at build time with full ICU: names, dates, weekdays and digits in the language', () => {
    const my = buildLocaleData('my', ['TH'], ['ur'], ['2026-11-24']);
    expect(my.countries.TH).toMatch(/[\u1000-\u109F]/);
    expect(my.dates['2026-11-24']).toMatch(/[\u1040-\u1049]/);
    expect(my.weekdays).toHaveLength(7);
    expect(my.digits).toBe('၀၁၂၃၄၅၆၇၈၉');
    expect(buildLocaleData('en', [], [], []).digits).toBe('0123456789');
  });

  it('is used before Intl, so a browser without Sinhala data still shows Sinhala', () => {
    registerLocaleData('si', {
      countries: { LK: 'ශ්‍රී ලංකාව' },
      languages: {},
      dates: { '2026-11-24': '2026 නොවැ 24' },
      weekdays: ['සඳුදා', 'අඟහ', 'බදාදා', 'බ්‍රහස්', 'සිකු', 'සෙන', 'ඉරිදා'],
      digits: '0123456789',
    });
    expect(countryName('LK', 'si')).toBe('ශ්‍රී ලංකාව');
    expect(formatDate('2026-11-24', 'si')).toBe('2026 නොවැ 24');
    expect(weekdayName(0, 'si')).toBe('සඳුදා');
  });

  it('counts in UI strings use the language’s digits', () => {
    const t = createTranslator({
      lang: 'bn',
      ui: { services: { results_one: '{{count}}টি সেবা', results_other: '{{count}}টি সেবা' } },
      locale: buildLocaleData('bn', [], [], []),
    });
    expect(t('services.results', { count: 12 })).toBe('১২টি সেবা');
    expect(formatNumber(1234, 'bn')).toBe('১,২৩৪');
  });
});
