import { describe, expect, it } from 'vitest';
import { shareText, smsParts } from '../../../src/ui/share/sms';

describe('SMS parts', () => {
  it('counts GSM-7 text at 160, then 153 a part', () => {
    expect(smsParts('a'.repeat(160))).toBe(1);
    expect(smsParts('a'.repeat(161))).toBe(2);
    expect(smsParts('a'.repeat(306))).toBe(2);
    expect(smsParts('a'.repeat(307))).toBe(3);
  });
  it('counts extension characters twice', () => {
    expect(smsParts('€'.repeat(80))).toBe(1);
    expect(smsParts('€'.repeat(81))).toBe(2);
  });
  it('counts any non-GSM letter as UCS-2: 70, then 67 a part', () => {
    expect(smsParts('ශ'.repeat(70))).toBe(1);
    expect(smsParts('ශ'.repeat(71))).toBe(2);
    expect(smsParts('a'.repeat(100) + 'ශ')).toBe(2);
    expect(smsParts('ශ'.repeat(135))).toBe(3);
  });
});

describe('the share text', () => {
  const url = 'https://saferoute.example.org/si/risks/visit-visa-work';
  it('keeps the summary, helpline and link when they fit two parts', () => {
    const text = shareText({ title: 'Title', summary: 'Do not work on a visit visa.', helpline: 'Help: 1989', url });
    expect(text).toBe(`Do not work on a visit visa.\nHelp: 1989\n${url}`);
  });
  it('uses the title instead of a summary that would cost a third part, and keeps the link and helpline', () => {
    const summary = 'වීසා'.repeat(40);
    const text = shareText({ title: 'සංචාරක වීසා', summary, helpline: 'උදව්: 1989', url });
    expect(text).not.toContain(summary);
    expect(text).toContain(url);
    expect(text).toContain('1989');
    expect(smsParts(text)).toBeLessThanOrEqual(2);
  });
});
