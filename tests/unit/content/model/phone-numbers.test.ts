import { describe, expect, it } from 'vitest';
import { dialForms, numbersIn, sameNumber } from '../../../../src/content/model/phone-numbers';
import { phoneTracesTo } from '../../../../src/content/model/trace';
import type { Source } from '../../../../src/content/model';

const source = (phone: string): Source => ({
  kind: 'fact',
  title: 't',
  phone,
  website: '',
  urls: [],
  seen: '2026-12-03',
  confidence: 'confirmed',
});

describe('phone tracing is exact', () => {
  const sources = { F002: source('1989'), F021: source('011 2338812; 011 7711194'), F040: source('1348; +63 2 1348') };

  it('accepts the number the source printed', () => {
    expect(phoneTracesTo('1989', ['F002'], sources, ['LK'])).toBe(true);
  });

  it('rejects a number that is only an ending or an extension of the source number', () => {
    expect(phoneTracesTo('989', ['F002'], sources, ['LK'])).toBe(false);
    expect(phoneTracesTo('0770001989', ['F002'], sources, ['LK'])).toBe(false);
    expect(phoneTracesTo('19890', ['F002'], sources, ['LK'])).toBe(false);
  });

  it('treats the trunk prefix and the country code as the same number', () => {
    expect(phoneTracesTo('+94112338812', ['F021'], sources, ['LK'])).toBe(true);
    expect(phoneTracesTo('0117711194', ['F021'], sources, ['LK'])).toBe(true);
    expect(phoneTracesTo('+94117711195', ['F021'], sources, ['LK'])).toBe(false);
  });

  it('reads an international number written with spaces', () => {
    expect(phoneTracesTo('+6321348', ['F040'], sources, ['PH'])).toBe(true);
  });

  it('does not trace to a source the record does not cite', () => {
    expect(phoneTracesTo('1989', ['F040'], sources, ['LK'])).toBe(false);
  });
});

describe('numbers in a fact column', () => {
  it('splits on separators and ignores labels', () => {
    expect(numbersIn('KP 0300 858 5600; Balochistan 0333 781 9601')).toEqual(['03008585600', '03337819601']);
    expect(numbersIn('129; WhatsApp 0811-129-129')).toEqual(['129', '0811129129']);
  });
  it('does not join two numbers into one', () => {
    expect(sameNumber('0237899770', '02-3789-9770', ['KR'])).toBe(true);
  });
});

describe('dial forms', () => {
  it('derives the international form of a national mobile number, for WhatsApp', () => {
    expect(dialForms('0811129129', 'ID')).toMatchObject({ e164: '+62811129129', domesticOnly: false });
  });
  it('keeps short codes and toll-free numbers inside their country', () => {
    for (const [n, c] of [['1989', 'LK'], ['800119119', 'AE']] as const) {
      const forms = dialForms(n, c);
      expect(forms.e164).toBeUndefined();
      expect(forms.domesticOnly).toBe(true);
    }
    expect(dialForms('111247786', 'PK').domesticOnly).toBe(true);
  });
});
