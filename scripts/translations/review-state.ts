/**
 * Per-string review state, kept in locales/<lang>/review.json as unit id → entry. Only reviewed
 * and final strings are written down: every other string with text is machine or unchecked work.
 * Each entry holds a hash of the English it was checked against, so when the English changes
 * the review no longer counts, without anyone having to remember to reset it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The XLIFF 2.0 segment states, in order of progress. */
export const SEGMENT_STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
export type SegmentState = (typeof SEGMENT_STATES)[number];

export interface ReviewEntry {
  state: 'reviewed' | 'final';
  /** The reviewer's initials, when they gave them. */
  reviewer?: string;
  /** ISO date of the review. */
  date: string;
  /** Hash of the English source text the review was made against. */
  source: string;
}

export type ReviewFile = Record<string, ReviewEntry>;

export const reviewPath = (root: string, lang: string) => join(root, 'locales', lang, 'review.json');

export const sourceHash = (english: string) => createHash('sha256').update(english).digest('hex').slice(0, 16);

export function readReviewFile(path: string): ReviewFile {
  if (!existsSync(path)) return {};
  const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${path}: must be a JSON object keyed by unit id`);
  return value as ReviewFile;
}

/** The review entry that still holds for this English text, if any. */
export function validReview(entry: ReviewEntry | undefined, english: string): ReviewEntry | undefined {
  return entry && (entry.state === 'reviewed' || entry.state === 'final') && entry.source === sourceHash(english) ? entry : undefined;
}

/** A string's state now: a review made against other English is void, so the text is back to "translated". */
export function currentState(entry: ReviewEntry | undefined, english: string, target: string | undefined): SegmentState {
  if (target === undefined || target === '') return 'initial';
  return validReview(entry, english)?.state ?? 'translated';
}

export const isReviewed = (state: SegmentState) => state === 'reviewed' || state === 'final';
