/**
 * The red-flag rules: which answers are warning signs, and which risk messages explain each
 * one. Kept as plain data and one pure function so the rules can be read, reviewed with the
 * desk and tested without a browser.
 */
import { FLAG_IDS, type FlagId } from '../../storage/counsellor-tally';
import type { Answers } from './questions';

/** The flags raised by a set of answers, in the fixed order of FLAG_IDS. */
export function redFlags(a: Answers): FlagId[] {
  const found = new Set<FlagId>();
  if (a.visa === 'visit') found.add('visitVisa');
  if (a.paid === 'fee') found.add('fee');
  // Borrowing to pay for a job means a fee was paid too, and the debt is its own risk.
  if (a.paid === 'loan') found.add('loan').add('fee');
  if (a.passport === 'agent' || a.passport === 'employer') found.add('passportHeld');
  if (a.contract === 'no' || a.contract === 'other') found.add('noContract');
  // "I do not know" is flagged too: a registered traveller has the bureau's papers in hand.
  if (a.registered === 'no' || a.registered === 'unknown') found.add('notRegistered');
  if (a.found === 'socialMedia') found.add('socialMedia');
  if (a.found === 'subAgent') found.add('subAgent');
  // Office and online jobs abroad are how scam centres recruit.
  if (a.job === 'office') found.add('onlineJob');
  return FLAG_IDS.filter((f) => found.has(f));
}

/** The risk messages that explain each flag; the first is the one handed over by default. */
export const FLAG_RISKS: Record<FlagId, readonly string[]> = {
  visitVisa: ['visit-visa-work'],
  fee: ['recruitment-fees'],
  loan: ['debt-bondage'],
  passportHeld: ['passport-confiscation', 'carry-your-documents'],
  noContract: ['written-contract', 'contract-substitution'],
  notRegistered: ['airport-exit-check'],
  socialMedia: ['fake-job-offers-social-media'],
  subAgent: ['sub-agents-brokers', 'unlicensed-agents'],
  onlineJob: ['scam-centre-recruitment'],
};

/** The risk ids for a set of flags, each once: every flag's first risk, then the others. */
export function flaggedRiskIds(flags: readonly FlagId[]): string[] {
  const primary = flags.map((f) => FLAG_RISKS[f][0]!);
  const rest = flags.flatMap((f) => FLAG_RISKS[f].slice(1));
  return [...new Set([...primary, ...rest])];
}

/** How many recommended actions to show per flagged risk: the first ones are the most urgent. */
export const ACTIONS_PER_RISK = 2;
