/**
 * One language as an XLIFF 2.0 document: a `<file>` per locale file, a unit per string with
 * English as source, the language's text as target, the review state on the segment, and the
 * translation guide's rules as notes.
 */
import js2xliff from 'xliff/js2xliff';
import type { XliffUnit } from 'xliff/xliff2js';
import { SOURCE_LANGUAGE } from '../../src/i18n/languages';
import { LOCALE_FILES, readLocale } from './locale-files';
import { notesFor } from './notes';
import { withSegmentStates } from './segment-state';
import { currentState, readReviewFile, reviewPath, validReview } from './review-state';
import { buildUnits, type Unit } from './units';

export interface ExportResult {
  xml: string;
  units: Unit[];
  /** Units per state, for the summary the command prints. */
  counts: Record<string, number>;
}

export async function exportXliff(root: string, lang: string): Promise<ExportResult> {
  if (lang === SOURCE_LANGUAGE) throw new Error(`${SOURCE_LANGUAGE} is the source language: export a language that is translated from it`);
  const units = buildUnits(readLocale(root, SOURCE_LANGUAGE), readLocale(root, lang), lang);
  const review = readReviewFile(reviewPath(root, lang));
  const resources: Record<string, Record<string, XliffUnit>> = Object.fromEntries(LOCALE_FILES.map((f) => [f, {}]));
  const states = new Map<string, string>();
  const counts: Record<string, number> = {};
  for (const unit of units) {
    const entry = review[unit.id];
    const state = currentState(entry, unit.source, unit.target);
    states.set(unit.id, state);
    counts[state] = (counts[state] ?? 0) + 1;
    const notes = notesFor(unit, entry, validReview(entry, unit.source) !== undefined);
    resources[unit.file]![unit.id] = {
      source: unit.source,
      ...(unit.target !== undefined ? { target: unit.target } : {}),
      ...(notes.length ? { note: notes.length === 1 ? notes[0]! : notes } : {}),
    };
  }
  const xml = await js2xliff({ sourceLanguage: SOURCE_LANGUAGE, targetLanguage: lang, resources }, { indent: '  ' });
  return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n${withSegmentStates(xml, states)}\n`, units, counts };
}
