import { FLAG_IDS, OUTCOME_IDS, WEEK, type TallyWeek } from '../../../storage/counsellor-tally';
import { count } from './count';

/**
 * The tally as CSV for the unit's spreadsheet: one row per week, a fixed set of columns
 * (week, sessions, flag_<id>…, outcome_<id>…) so exports from different desks and months line up.
 */
export function tallyCsv(rows: readonly TallyWeek[]): string {
  const header = ['week', 'sessions', ...FLAG_IDS.map((f) => `flag_${f}`), ...OUTCOME_IDS.map((o) => `outcome_${o}`)];
  const lines = rows
    .filter((r) => WEEK.test(r.week))
    .map((r) => [r.week, count(r.sessions), ...FLAG_IDS.map((f) => count(r.flags[f])), ...OUTCOME_IDS.map((o) => count(r.outcomes[o]))].join(','));
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
