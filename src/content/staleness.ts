/**
 * When a record's last check is too old to lean on. One rule for the verifiers' due list
 * (scripts/verify) and for the notice readers see, so "due" and "stale" never disagree.
 *
 * Dates are compared as ISO day strings, never through the phone's clock: the page measures
 * age against the date its pack was built, so the prerendered HTML and the page in the
 * browser say the same thing, and a phone with a wrong clock cannot hide a stale number.
 */

/** How long a check stays good before the reader is warned. */
export const STALE_AFTER_MONTHS = 12;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day `months` after `day` (YYYY-MM-DD). A day the target month lacks becomes its last
 * day (31 January + 1 month = 28 or 29 February), so a due date never jumps a month.
 */
export function addMonths(day: string, months: number): string {
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`not a YYYY-MM-DD date: "${day}"`);
  const monthIndex = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const dayOfMonth = Math.min(Number(m[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** True when `lastVerified` is more than `months` before `builtOn` (both YYYY-MM-DD). */
export function isStale(lastVerified: string, builtOn: string, months: number = STALE_AFTER_MONTHS): boolean {
  return addMonths(lastVerified, months) < builtOn;
}
