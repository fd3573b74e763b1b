import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAG_RISKS, flaggedRiskIds, redFlags } from '../../../../src/features/counsellor/red-flags';
import { CHOICE_QUESTIONS, type Answers } from '../../../../src/features/counsellor/questions';
import { FLAG_IDS } from '../../../../src/storage/counsellor-tally';

describe('red-flag rules', () => {
  it('no answers, or only safe answers, raise no flag', () => {
    expect(redFlags({})).toEqual([]);
    expect(
      redFlags({
        destination: 'KR',
        job: 'factory',
        found: 'licensedAgency',
        paid: 'nothing',
        visa: 'work',
        passport: 'self',
        contract: 'yes',
        registered: 'yes',
      }),
    ).toEqual([]);
  });

  const cases: [Answers, string[]][] = [
    [{ visa: 'visit' }, ['visitVisa']],
    [{ visa: 'unknown' }, []],
    [{ visa: 'work' }, []],
    [{ paid: 'fee' }, ['fee']],
    [{ paid: 'loan' }, ['fee', 'loan']],
    [{ paid: 'nothing' }, []],
    [{ passport: 'agent' }, ['passportHeld']],
    [{ passport: 'employer' }, ['passportHeld']],
    [{ passport: 'self' }, []],
    [{ contract: 'no' }, ['noContract']],
    [{ contract: 'other' }, ['noContract']],
    [{ contract: 'yes' }, []],
    [{ registered: 'no' }, ['notRegistered']],
    [{ registered: 'unknown' }, ['notRegistered']],
    [{ registered: 'yes' }, []],
    [{ found: 'socialMedia' }, ['socialMedia']],
    [{ found: 'subAgent' }, ['subAgent']],
    [{ found: 'friend' }, []],
    [{ found: 'licensedAgency' }, []],
    [{ job: 'office' }, ['onlineJob']],
    ...(['domestic', 'factory', 'farm', 'care', 'other'] as const).map((job) => [{ job }, []] as [Answers, string[]]),
  ];
  for (const [answers, flags] of cases) {
    it(`${JSON.stringify(answers)} → ${flags.length ? flags.join(' + ') : 'no flag'}`, () => {
      expect(redFlags(answers)).toEqual(flags);
    });
  }

  it('every answer option of every question is covered by the cases above', () => {
    for (const [question, options] of Object.entries(CHOICE_QUESTIONS)) {
      for (const option of options) {
        expect(cases.some(([a]) => (a as Record<string, string>)[question] === option), `${question}.${option}`).toBe(true);
      }
    }
  });

  it('many warning signs at once come back in the fixed order, each once', () => {
    const flags = redFlags({ job: 'office', found: 'subAgent', paid: 'loan', visa: 'visit', passport: 'agent', contract: 'other', registered: 'unknown' });
    expect(flags).toEqual(['visitVisa', 'fee', 'loan', 'passportHeld', 'noContract', 'notRegistered', 'subAgent', 'onlineJob']);
  });
});

describe('flags to risk messages', () => {
  const riskIds = new Set((JSON.parse(readFileSync('src/content/data/risks.json', 'utf8')) as { id: string }[]).map((r) => r.id));

  it('every flag maps to at least one risk message that exists in the content', () => {
    for (const flag of FLAG_IDS) {
      expect(FLAG_RISKS[flag].length, flag).toBeGreaterThan(0);
      for (const id of FLAG_RISKS[flag]) expect(riskIds.has(id), `${flag} → ${id}`).toBe(true);
    }
  });

  it('lists each flag’s main risk first, then the others, each once', () => {
    expect(flaggedRiskIds(['visitVisa', 'passportHeld', 'subAgent'])).toEqual([
      'visit-visa-work',
      'passport-confiscation',
      'sub-agents-brokers',
      'carry-your-documents',
      'unlicensed-agents',
    ]);
    expect(flaggedRiskIds(['fee', 'loan'])).toEqual(['recruitment-fees', 'debt-bondage']);
    expect(flaggedRiskIds([])).toEqual([]);
  });
});
