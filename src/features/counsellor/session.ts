/**
 * Everything after the counsellor's first screen, in its own chunk: the first screen (choose
 * the traveller's language) paints from the small route chunk, and this loads meanwhile.
 * Nothing here may be imported by index.tsx except as a type, or the two chunks merge.
 */
import { QUESTION_IDS } from './questions';

export const QUESTION_COUNT = QUESTION_IDS.length;
export { StartCard } from './start';
export { QuestionStep } from './question';
export { Results } from './results';
export { OutcomeForm, TallyPanel } from './tally';
export { redFlags } from './red-flags';
export { loadTallyEnabled, saveTallyEnabled } from '../../storage/counsellor-tally';
