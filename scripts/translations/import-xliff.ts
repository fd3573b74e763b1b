/**
 * Reads a translated XLIFF 2.0 file back into locales/<lang>/. Everything is checked before
 * anything is written: a unit whose English has changed since the export is stale and left out
 * (the translator translated other words); any other problem stops the whole import, so the
 * locale files are either fully updated or untouched.
 */
import { existsSync } from 'node:fs';
import xliff2js, { type XliffDocument } from 'xliff/xliff2js';
import { pathwayTextSchema, riskTextSchema, serviceTextSchema } from '../../src/content/model';
import { findLanguage, SOURCE_LANGUAGE } from '../../src/i18n/languages';
import { checkShareText } from '../content/check-share-text';
import type { ContentError } from '../content/errors';
import type { LanguageText } from '../content/load-content';
import { placeholders } from '../content/ui-strings';
import type { FileWrite } from '../write-atomically';
import { LOCALE_FILES, localePath, readLocale, serializeJson, type LocaleFile, type LocaleTexts } from './locale-files';
import { isReviewed, readReviewFile, reviewPath, SEGMENT_STATES, sourceHash, validReview, type ReviewFile, type SegmentState } from './review-state';
import { readSegmentStates } from './segment-state';
import { buildUnits, recordUnits, unitId, valueAt, type Unit } from './units';

/** A problem with one unit; `field` is the XLIFF part at fault (source, target, state, id…). */
export interface ImportIssue {
  unit: string;
  field: string;
  message: string;
}

export interface ImportPlan {
  lang: string;
  errors: ImportIssue[];
  stale: ImportIssue[];
  /** Empty whenever there are errors. */
  writes: FileWrite[];
  /** Units whose text changed, and units newly marked reviewed or final. */
  changed: number;
  reviewed: number;
}

export interface ImportOptions {
  /** Initials recorded with each newly reviewed string. */
  reviewer?: string;
  /** ISO date recorded with each newly reviewed string. */
  today: string;
}

const DIRECTION_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const RAW_HTML = /<\/?[a-zA-Z][^>]*>/;
const TEXT_SCHEMAS = { risks: riskTextSchema, pathways: pathwayTextSchema, services: serviceTextSchema } as const;

const fail = (lang: string, unit: string, field: string, message: string): ImportPlan => ({
  lang,
  errors: [{ unit, field, message }],
  stale: [],
  writes: [],
  changed: 0,
  reviewed: 0,
});

async function parse(xml: string): Promise<{ doc: XliffDocument; states: Map<string, string> } | string> {
  try {
    const doc = await xliff2js(xml);
    if (!doc?.resources) return 'not an XLIFF 2.0 document (expected <xliff version="2.0">)';
    return { doc, states: readSegmentStates(xml) };
  } catch (err) {
    return `not well-formed XML: ${(err as Error).message.split('\n')[0]}`;
  }
}

export async function planImport(root: string, xml: string, options: ImportOptions): Promise<ImportPlan> {
  const parsed = await parse(xml);
  if (typeof parsed === 'string') return fail('?', '(document)', 'xliff', parsed);
  const { doc, states } = parsed;
  const lang = doc.targetLanguage ?? '';
  if (doc.sourceLanguage !== SOURCE_LANGUAGE) return fail(lang, '(document)', 'srcLang', `must be "${SOURCE_LANGUAGE}", not "${doc.sourceLanguage}"`);
  if (lang === SOURCE_LANGUAGE || !findLanguage(lang) || !existsSync(localePath(root, lang, 'ui')))
    return fail(lang, '(document)', 'trgLang', `"${lang}" is not a translated language of this project (locales/<lang>/ui.json)`);

  const current = readLocale(root, lang);
  const english = readLocale(root, SOURCE_LANGUAGE);
  const units = buildUnits(english, current, lang);
  const byId = new Map(units.map((u) => [u.id, u]));
  const review = readReviewFile(reviewPath(root, lang));
  const work = structuredClone(current);
  const nextReview: ReviewFile = { ...review };
  const errors: ImportIssue[] = [];
  const stale: ImportIssue[] = [];
  const given = new Set<string>();
  const newRecords = new Set<string>();
  let changed = 0;
  let reviewed = 0;

  for (const [fileId, fileUnits] of Object.entries(doc.resources)) {
    if (!(LOCALE_FILES as readonly string[]).includes(fileId)) {
      errors.push({ unit: `(file ${fileId})`, field: 'file id', message: `must be one of ${LOCALE_FILES.join(', ')}` });
      continue;
    }
    for (const [id, xu] of Object.entries(fileUnits)) {
      const unit = byId.get(id);
      if (xu.groupUnits) {
        errors.push({ unit: id, field: 'group', message: 'groups are not supported: keep the units as exported' });
        continue;
      }
      if (!unit || unit.file !== fileId) {
        errors.push({ unit: id, field: 'id', message: `not a key in English (${SOURCE_LANGUAGE}/${fileId}.json): a translation cannot add keys` });
        continue;
      }
      if (typeof xu.source !== 'string') {
        errors.push({ unit: id, field: 'source', message: 'must be the plain English text as exported' });
        continue;
      }
      if (xu.source !== unit.source) {
        stale.push({ unit: id, field: 'source', message: `the English has changed since the export (now "${unit.source}"): not imported; export again` });
        continue;
      }
      const state = (states.get(id) ?? 'initial') as SegmentState;
      if (!SEGMENT_STATES.includes(state)) {
        errors.push({ unit: id, field: 'state', message: `"${state}" is not an XLIFF 2.0 segment state (${SEGMENT_STATES.join(', ')})` });
        continue;
      }
      const issue = checkTarget(unit, xu.target, state);
      if (issue) {
        errors.push({ unit: id, field: issue.field, message: issue.message });
        continue;
      }
      if (typeof xu.target !== 'string' || !xu.target.trim()) continue;
      const text = xu.target;
      given.add(id);
      if (unit.file !== 'ui' && valueAt(current[unit.file], [unit.path[0]!]) === undefined) newRecords.add(`${unit.file}:${unit.path[0]}`);
      if (text !== unit.target) {
        setAt(work[unit.file], unit.path, text, english[unit.file]);
        changed++;
      }
      const prior = validReview(review[id], unit.source);
      if (!isReviewed(state)) delete nextReview[id];
      else if (!prior || prior.state !== state || text !== unit.target) {
        nextReview[id] = { state: state as 'reviewed' | 'final', ...(options.reviewer ? { reviewer: options.reviewer } : {}), date: options.today, source: sourceHash(unit.source) };
        reviewed++;
      }
    }
  }

  errors.push(...incompleteNewRecords(units, newRecords, given, lang), ...contentProblems(lang, work, units));
  if (errors.length) return { lang, errors, stale, writes: [], changed, reviewed };
  return { lang, errors, stale, writes: changedFiles(root, lang, current, work, review, nextReview), changed, reviewed };
}

function checkTarget(unit: Unit, target: unknown, state: SegmentState): Omit<ImportIssue, 'unit'> | undefined {
  if (target !== undefined && typeof target !== 'string') return { field: 'target', message: 'inline markup is not supported: write plain text' };
  if (target === undefined || !target.trim()) {
    if (unit.target !== undefined) return { field: 'target', message: 'is empty: an import cannot remove a translation' };
    if (isReviewed(state)) return { field: 'target', message: `is empty, but the state says "${state}"` };
    return undefined;
  }
  const want = [...new Set(placeholders(unit.source))].sort();
  const got = [...new Set(placeholders(target))].sort();
  const missing = want.filter((p) => !got.includes(p));
  const extra = got.filter((p) => !want.includes(p));
  if (missing.length || extra.length) {
    const parts = [
      ...(missing.length ? [`missing ${missing.map((p) => `{{${p}}}`).join(' ')}`] : []),
      ...(extra.length ? [`not in the English ${extra.map((p) => `{{${p}}}`).join(' ')}`] : []),
    ];
    return { field: 'target', message: `placeholders must be the English ones, unchanged: ${parts.join('; ')}` };
  }
  if (/\{\{|\}\}/.test(target.replace(/\{\{\s*[\w.]+(?:\s*,[^}]*)?\s*\}\}/g, ''))) return { field: 'target', message: 'a placeholder is broken: write it as {{name}}' };
  if (DIRECTION_CONTROLS.test(target)) return { field: 'target', message: 'direction control characters are not allowed: the app sets the direction' };
  if (RAW_HTML.test(target)) return { field: 'target', message: 'HTML is not allowed' };
  return undefined;
}

/** Puts a string at its path, making objects or arrays on the way in the shape English has. */
function setAt(obj: Record<string, unknown>, path: string[], value: string, shape: unknown): void {
  let cur: Record<string, unknown> = obj;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      cur[key] = value;
      return;
    }
    if (typeof cur[key] !== 'object' || cur[key] === null) cur[key] = Array.isArray(valueAt(shape, path.slice(0, i + 1))) ? [] : {};
    cur = cur[key] as Record<string, unknown>;
  });
}

/** A record that a language did not have yet must arrive whole: the app shows all of it or English. */
function incompleteNewRecords(units: Unit[], newRecords: Set<string>, given: Set<string>, lang: string): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const key of newRecords) {
    const [file, id] = key.split(':') as [LocaleFile, string];
    for (const u of recordUnits(units, file, id)) {
      if (!given.has(u.id)) issues.push({ unit: u.id, field: 'target', message: `"${id}" is new in ${lang}: every string of the record needs a target` });
    }
  }
  return issues;
}

/** The same record rules the content check applies (schema, share length), named by unit. */
function contentProblems(lang: string, work: LocaleTexts, units: Unit[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const known = new Set(units.map((u) => u.id));
  const asUnit = (file: LocaleFile, record: string, field: string) => {
    const id = unitId(file, [record, ...field.split('.').filter(Boolean)]);
    return known.has(id) ? id : unitId(file, [record]);
  };
  for (const file of ['risks', 'pathways', 'services'] as const) {
    for (const [record, value] of Object.entries(work[file])) {
      const parsed = TEXT_SCHEMAS[file].safeParse(value);
      if (parsed.success) continue;
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join('.');
        issues.push({ unit: asUnit(file, record, field), field: 'target', message: issue.message });
      }
    }
  }
  const share: ContentError[] = [];
  checkShareText(lang, work as unknown as LanguageText, share);
  for (const e of share) {
    const file = e.file.replace(/^.*\/(\w+)\.json$/, '$1') as LocaleFile;
    issues.push({ unit: asUnit(file, e.record, e.field), field: 'target', message: e.message });
  }
  return issues;
}

function changedFiles(root: string, lang: string, before: LocaleTexts, after: LocaleTexts, review: ReviewFile, nextReview: ReviewFile): FileWrite[] {
  const writes: FileWrite[] = [];
  for (const file of LOCALE_FILES) {
    const body = serializeJson(after[file]);
    if (body !== serializeJson(before[file])) writes.push({ path: localePath(root, lang, file), body });
  }
  const sorted = (r: ReviewFile) => Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k]]));
  const body = serializeJson(sorted(nextReview));
  const path = reviewPath(root, lang);
  if (body !== serializeJson(sorted(review)) || (!existsSync(path) && Object.keys(nextReview).length)) writes.push({ path, body });
  return writes;
}
