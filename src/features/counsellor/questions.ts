/**
 * The pre-departure screening questions, one per screen, in the order a desk counsellor asks
 * them. Texts are the UI keys question.<id> and answer.<id>.<option>.
 */
export const CHOICE_QUESTIONS = {
  job: ['domestic', 'factory', 'farm', 'care', 'office', 'other'],
  found: ['licensedAgency', 'friend', 'socialMedia', 'subAgent'],
  paid: ['nothing', 'fee', 'loan'],
  visa: ['work', 'visit', 'unknown'],
  passport: ['self', 'agent', 'employer'],
  contract: ['yes', 'other', 'no'],
  registered: ['yes', 'no', 'unknown'],
} as const;

export type ChoiceQuestion = keyof typeof CHOICE_QUESTIONS;
export type QuestionId = 'destination' | ChoiceQuestion;

/** The destination comes first: it decides which helplines and pathways are handed over. */
export const QUESTION_IDS: readonly QuestionId[] = ['destination', 'job', 'found', 'paid', 'visa', 'passport', 'contract', 'registered'];

/** What the traveller answered. Any question may be left unanswered: then it raises no flag. */
export type Answers = { destination?: string } & { [Q in ChoiceQuestion]?: (typeof CHOICE_QUESTIONS)[Q][number] };
