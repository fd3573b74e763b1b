/**
 * Reads and validates all source content: language-neutral data in src/content/data/
 * and every language's text in locales/<lang>/. Collects every problem instead of
 * stopping at the first, so an editor sees the whole list in one run.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ZodType } from 'zod';
import {
  pathwaySchema,
  pathwayTextSchema,
  riskSchema,
  riskTextSchema,
  serviceSchema,
  serviceTextSchema,
  sourceSchema,
  type Pathway,
  type PathwayText,
  type Risk,
  type RiskText,
  type Service,
  type ServiceText,
  type Source,
  type KnownIds,
  type ModelIssue,
  fromZod,
  pathwayProvenance,
  pathwayReferences,
  riskProvenance,
  riskReferences,
  serviceProvenance,
} from '../../src/content/model';
import { findLanguage, SOURCE_LANGUAGE } from '../../src/i18n/languages';
import type { ContentError } from './errors';
import { readJson } from './read-json';
import { flattenStrings, pluralBase, placeholders } from './ui-strings';
import { checkShareText } from './check-share-text';

export interface LanguageText {
  ui: Record<string, unknown>;
  risks: Record<string, RiskText>;
  pathways: Record<string, PathwayText>;
  services: Record<string, ServiceText>;
}

export interface SourceContent {
  sources: Record<string, Source>;
  risks: Risk[];
  pathways: Pathway[];
  services: Service[];
  /** Text per built language code; `en` is always present when content is valid. */
  text: Record<string, LanguageText>;
  languages: string[];
}

export interface CoverageRow {
  lang: string;
  review: string;
  ui: [number, number];
  risks: [number, number];
  pathways: [number, number];
  services: [number, number];
}

export interface LoadResult {
  content: SourceContent;
  errors: ContentError[];
  coverage: CoverageRow[];
}

export const DATA_DIR = 'src/content/data';
export const LOCALES_DIR = 'locales';
const TEXT_KINDS = ['risks', 'pathways', 'services'] as const;

export function loadContent(root: string = process.cwd()): LoadResult {
  const errors: ContentError[] = [];
  const label = (p: string) => relative(root, p) || p;
  const dataFile = (name: string) => join(root, DATA_DIR, `${name}.json`);

  const sources = validateMap(dataFile('sources'), sourceSchema, errors, label);
  // Ids are collected from invalid records too, so one bad field is reported once, not again
  // as a "dangling id" in every file that refers to the record.
  const ids = { risks: new Set<string>(), pathways: new Set<string>(), services: new Set<string>() };
  const risks = validateList(dataFile('risks'), riskSchema, errors, label, ids.risks);
  const pathways = validateList(dataFile('pathways'), pathwaySchema, errors, label, ids.pathways);
  const services = validateList(dataFile('services'), serviceSchema, errors, label, ids.services);

  checkRecords({ sources, risks, pathways, services, ids, errors, file: (name) => label(dataFile(name)) });

  // SAFEROUTE_LANGUAGES=en,si limits a build to some languages (faster local work); unset builds all.
  const only = process.env.SAFEROUTE_LANGUAGES?.split(',').map((s) => s.trim());
  const languages = discoverLanguages(join(root, LOCALES_DIR), errors, label).filter((l) => !only || only.includes(l));
  const text: Record<string, LanguageText> = {};
  for (const lang of languages) {
    text[lang] = readLanguage(join(root, LOCALES_DIR, lang), lang, ids, pathways, errors, label);
  }
  if (!text[SOURCE_LANGUAGE]) {
    errors.push({ file: `${LOCALES_DIR}/${SOURCE_LANGUAGE}/ui.json`, record: '(file)', field: '', message: 'the source language is missing' });
  } else {
    checkSourceComplete(text[SOURCE_LANGUAGE], ids, errors);
    for (const lang of languages) {
      if (lang !== SOURCE_LANGUAGE) checkUiAgainstSource(lang, text[lang]!.ui, text[SOURCE_LANGUAGE].ui, errors);
      checkShareText(lang, text[lang]!, errors);
    }
  }

  const coverage = languages.map((lang) => coverageFor(lang, text, { risks, pathways, services }));
  return { content: { sources, risks, pathways, services, text, languages }, errors, coverage };
}

type Label = (p: string) => string;

function pushIssues(errors: ContentError[], file: string, record: string, issues: { path: PropertyKey[]; message: string }[]) {
  for (const issue of issues) errors.push({ file, ...fromZod(record, issue) });
}

function validateList<T extends { id: string }>(
  path: string,
  schema: ZodType<T>,
  errors: ContentError[],
  label: Label,
  ids: Set<string>,
): T[] {
  const file = label(path);
  const raw = readJson(path, file, errors);
  if (raw === undefined) {
    if (!existsSync(path)) errors.push({ file, record: '(file)', field: '', message: 'file is missing' });
    return [];
  }
  if (!Array.isArray(raw)) {
    errors.push({ file, record: '(file)', field: '', message: 'must be a JSON array of records' });
    return [];
  }
  const out: T[] = [];
  const seen = new Set<string>();
  raw.forEach((item: unknown, i) => {
    const rawId = (item as { id?: unknown })?.id;
    const record = typeof rawId === 'string' && rawId ? rawId : `#${i + 1}`;
    if (typeof rawId === 'string' && rawId) ids.add(rawId);
    const parsed = schema.safeParse(item);
    if (!parsed.success) return pushIssues(errors, file, record, parsed.error.issues);
    if (seen.has(parsed.data.id)) {
      errors.push({ file, record, field: 'id', message: 'duplicate id: every record needs its own' });
      return;
    }
    seen.add(parsed.data.id);
    out.push(parsed.data);
  });
  return out;
}

function validateMap<T>(path: string, schema: ZodType<T>, errors: ContentError[], label: Label): Record<string, T> {
  const file = label(path);
  const raw = readJson(path, file, errors);
  const out: Record<string, T> = {};
  if (raw === undefined || typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    if (raw !== undefined) errors.push({ file, record: '(file)', field: '', message: 'must be a JSON object keyed by id' });
    else if (!existsSync(path)) errors.push({ file, record: '(file)', field: '', message: 'file is missing' });
    return out;
  }
  for (const [key, value] of Object.entries(raw)) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
    else pushIssues(errors, file, key, parsed.error.issues);
  }
  return out;
}

/** Provenance and references, as the content model rules them, with the file each record is in. */
function checkRecords(ctx: { sources: Record<string, Source>; risks: Risk[]; pathways: Pathway[]; services: Service[]; ids: KnownIds; errors: ContentError[]; file: (name: string) => string }) {
  const { sources, ids } = ctx;
  const add = (name: string, issues: ModelIssue[]) => ctx.errors.push(...issues.map((i) => ({ file: ctx.file(name), ...i })));
  for (const r of ctx.risks) add('risks', [...riskProvenance(r, sources), ...riskReferences(r, ids)]);
  for (const p of ctx.pathways) add('pathways', [...pathwayProvenance(p, sources), ...pathwayReferences(p, ids)]);
  for (const s of ctx.services) add('services', serviceProvenance(s, sources));
}

function discoverLanguages(dir: string, errors: ContentError[], label: Label): string[] {
  if (!existsSync(dir)) return [];
  const langs: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    if (!findLanguage(entry.name)) {
      errors.push({ file: label(join(dir, entry.name)), record: '(folder)', field: '', message: `"${entry.name}" is not in the language registry (src/i18n/languages.ts)` });
      continue;
    }
    if (existsSync(join(dir, entry.name, 'ui.json'))) langs.push(entry.name);
  }
  // The source language first, then registry order, so packs and tables read the same every run.
  const order = (code: string) => (code === SOURCE_LANGUAGE ? -1 : langs.indexOf(code));
  return langs.sort((a, b) => order(a) - order(b));
}

function readLanguage(
  dir: string,
  lang: string,
  ids: KnownIds,
  pathways: Pathway[],
  errors: ContentError[],
  label: Label,
): LanguageText {
  const uiFile = join(dir, 'ui.json');
  const ui = readJson(uiFile, label(uiFile), errors);
  const result: LanguageText = { ui: isObject(ui) ? ui : {}, risks: {}, pathways: {}, services: {} };
  if (ui !== undefined && !isObject(ui)) errors.push({ file: label(uiFile), record: '(file)', field: '', message: 'must be a JSON object of UI strings' });
  for (const [key, value] of Object.entries(flattenStrings(result.ui))) {
    if (typeof value !== 'string') errors.push({ file: label(uiFile), record: key, field: '', message: 'a UI string must be text' });
    else if (/<\/?[a-zA-Z][^>]*>/.test(value)) errors.push({ file: label(uiFile), record: key, field: '', message: 'raw HTML is not allowed' });
  }

  const schemas = { risks: riskTextSchema, pathways: pathwayTextSchema, services: serviceTextSchema } as const;
  for (const kind of TEXT_KINDS) {
    const path = join(dir, `${kind}.json`);
    const file = label(path);
    const raw = readJson(path, file, errors);
    if (raw === undefined) continue;
    if (!isObject(raw)) {
      errors.push({ file, record: '(file)', field: '', message: 'must be a JSON object keyed by record id' });
      continue;
    }
    for (const [id, value] of Object.entries(raw)) {
      if (!ids[kind].has(id)) {
        errors.push({ file, record: id, field: '', message: `dangling id: no ${kind.slice(0, -1)} "${id}" in ${DATA_DIR}/${kind}.json` });
        continue;
      }
      const parsed = schemas[kind].safeParse(value);
      if (!parsed.success) {
        pushIssues(errors, file, id, parsed.error.issues);
        continue;
      }
      (result[kind] as Record<string, unknown>)[id] = parsed.data;
    }
  }
  for (const p of pathways) {
    const t = result.pathways[p.id];
    if (!t) continue;
    const file = label(join(dir, 'pathways.json'));
    for (const step of p.steps) {
      if (!t.steps[step.id]) errors.push({ file, record: p.id, field: `steps.${step.id}`, message: 'missing text for this step' });
    }
    for (const key of Object.keys(t.steps)) {
      if (!p.steps.some((s) => s.id === key)) errors.push({ file, record: p.id, field: `steps.${key}`, message: 'dangling id: no such step in the pathway data' });
    }
    for (const link of p.links) {
      if (!t.links[link.id]) errors.push({ file, record: p.id, field: `links.${link.id}`, message: 'missing label for this link' });
    }
    for (const key of Object.keys(t.links)) {
      if (!p.links.some((l) => l.id === key)) errors.push({ file, record: p.id, field: `links.${key}`, message: 'dangling id: no such link in the pathway data' });
    }
  }
  return result;
}

function checkSourceComplete(en: LanguageText, ids: KnownIds, errors: ContentError[]) {
  for (const kind of TEXT_KINDS) {
    for (const id of ids[kind]) {
      if (!en[kind][id])
        errors.push({ file: `${LOCALES_DIR}/${SOURCE_LANGUAGE}/${kind}.json`, record: id, field: '', message: 'the source language must have text for every record' });
    }
  }
}

function checkUiAgainstSource(lang: string, ui: Record<string, unknown>, sourceUi: Record<string, unknown>, errors: ContentError[]) {
  const file = `${LOCALES_DIR}/${lang}/ui.json`;
  const source = flattenStrings(sourceUi);
  const target = flattenStrings(ui);
  const sourceBases = new Map<string, string[]>();
  for (const [key, value] of Object.entries(source)) {
    const base = pluralBase(key);
    sourceBases.set(base, [...(sourceBases.get(base) ?? []), ...placeholders(String(value))]);
  }
  const targetBases = new Set(Object.keys(target).map(pluralBase));
  for (const [key, value] of Object.entries(target)) {
    const allowed = sourceBases.get(pluralBase(key));
    if (!allowed) {
      errors.push({ file, record: key, field: '', message: 'broken key: not in the English ui.json' });
      continue;
    }
    for (const ph of placeholders(String(value))) {
      if (!allowed.includes(ph)) errors.push({ file, record: key, field: '', message: `placeholder {{${ph}}} is not in the English text` });
    }
  }
  for (const base of sourceBases.keys()) {
    if (!targetBases.has(base)) errors.push({ file, record: base, field: '', message: 'missing required UI string' });
  }
}

function coverageFor(lang: string, text: Record<string, LanguageText>, data: { risks: Risk[]; pathways: Pathway[]; services: Service[] }): CoverageRow {
  const t = text[lang]!;
  const sourceUi = Object.keys(flattenStrings(text[SOURCE_LANGUAGE]?.ui ?? {})).map(pluralBase);
  const uiBases = new Set(Object.keys(flattenStrings(t.ui)).map(pluralBase));
  const total = new Set(sourceUi);
  const count = (kind: (typeof TEXT_KINDS)[number]) =>
    [data[kind].filter((r) => t[kind][r.id]).length, data[kind].length] as [number, number];
  return {
    lang,
    review: findLanguage(lang)?.review ?? '?',
    ui: [[...total].filter((k) => uiBases.has(k)).length, total.size],
    risks: count('risks'),
    pathways: count('pathways'),
    services: count('services'),
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
