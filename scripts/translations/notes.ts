/**
 * The translation guide's rules that matter for one string, as XLIFF notes, so a reviewer in a
 * CAT tool sees them beside the text instead of in a document they may never open.
 */
import { placeholders } from '../content/ui-strings';
import type { ReviewEntry } from './review-state';
import type { Unit } from './units';

const HAS_FIXED_FORMS = /\d{3,}|https?:\/\/|www\.|@|\+\d/;

export function notesFor(unit: Unit, review: ReviewEntry | undefined, reviewStillHolds: boolean): string[] {
  const notes: string[] = [];
  const kept = [...new Set(placeholders(unit.source))];
  if (kept.length) notes.push(`Keep exactly, untranslated: ${kept.map((p) => `{{${p}}}`).join(' ')}. The app puts a value there.`);
  if (unit.plural) notes.push(`Plural form "${unit.plural.category}". This language uses the forms: ${unit.plural.categories.join(', ')}.`);
  if (HAS_FIXED_FORMS.test(unit.source)) notes.push('Keep numbers, phone numbers, amounts, dates, URLs and e-mail addresses exactly as written (digits 0-9).');
  const field = unit.path[unit.path.length - 1];
  if (unit.file !== 'ui' && field === 'summary') notes.push('Shared by SMS: at most 160 characters.');
  if (unit.file !== 'ui' && unit.path.length === 2 && field === 'title') notes.push('Shared by SMS with a helpline and a link: keep the title short.');
  if (unit.file === 'services' && field === 'name') notes.push('Keep the organisation name as in English unless it has an official name in this language.');
  if (review && reviewStillHolds) notes.push(`Reviewed${review.reviewer ? ` by ${review.reviewer}` : ''} on ${review.date}.`);
  if (review && !reviewStillHolds) notes.push(`Reviewed on ${review.date}, but the English has changed since: check it again.`);
  return notes;
}
