/**
 * Where the directory lives under a project root, and reading it. The root is a parameter so
 * tests (and dry runs against a copy) work on a temporary tree of the same layout.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { serviceSchema, serviceTextSchema, sourceSchema, type Service, type ServiceText, type Source } from '../../src/content/model';
import { SOURCE_LANGUAGE } from '../../src/i18n/languages';
import { DATA_DIR, LOCALES_DIR } from '../content/load-content';

export class DirectoryError extends Error {}

export interface Directory {
  services: Service[];
  /** English text by service id. */
  text: Record<string, ServiceText>;
  sources: Record<string, Source>;
}

export function directoryPaths(root: string) {
  return {
    services: join(root, DATA_DIR, 'services.json'),
    sources: join(root, DATA_DIR, 'sources.json'),
    locales: join(root, LOCALES_DIR),
    english: join(root, LOCALES_DIR, SOURCE_LANGUAGE, 'services.json'),
  };
}

function readJsonFile(path: string): unknown {
  if (!existsSync(path)) throw new DirectoryError(`${path} is missing`);
  try {
    return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new DirectoryError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
}

function parse<T>(path: string, schema: z.ZodType<T>): T {
  const r = schema.safeParse(readJsonFile(path));
  if (r.success) return r.data;
  const first = r.error.issues[0]!;
  throw new DirectoryError(`${path} does not pass the content schema (${first.path.join('.')}: ${first.message}); run npm run content:check`);
}

export function readSources(root: string): Record<string, Source> {
  return parse(directoryPaths(root).sources, z.record(z.string(), sourceSchema));
}

/** The directory as it is on disk, validated: export must not spread broken records. */
export function readDirectory(root: string): Directory {
  const p = directoryPaths(root);
  return {
    services: parse(p.services, z.array(serviceSchema)),
    text: parse(p.english, z.record(z.string(), serviceTextSchema)),
    sources: readSources(root),
  };
}

/**
 * The directory as it is on disk, unvalidated: the import replaces it, so a record that no
 * longer passes the schema must not stop the file that fixes it.
 */
export function readCurrent(root: string): { services: Service[]; text: Record<string, ServiceText> } {
  const p = directoryPaths(root);
  const services = existsSync(p.services) ? readJsonFile(p.services) : [];
  const text = existsSync(p.english) ? readJsonFile(p.english) : {};
  if (!Array.isArray(services)) throw new DirectoryError(`${p.services} must be a JSON array`);
  if (typeof text !== 'object' || text === null || Array.isArray(text)) throw new DirectoryError(`${p.english} must be a JSON object`);
  return { services: services as Service[], text: text as Record<string, ServiceText> };
}

export interface Translation {
  lang: string;
  path: string;
  entries: Record<string, unknown>;
}

/** Every language's services.json other than English, as written by translators. */
export function readTranslations(root: string): Translation[] {
  const { locales } = directoryPaths(root);
  if (!existsSync(locales)) return [];
  const out: Translation[] = [];
  for (const entry of readdirSync(locales, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === SOURCE_LANGUAGE) continue;
    const path = join(locales, entry.name, 'services.json');
    if (!existsSync(path)) continue;
    const entries = readJsonFile(path);
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) throw new DirectoryError(`${path} must be a JSON object`);
    out.push({ lang: entry.name, path, entries: entries as Record<string, unknown> });
  }
  return out.sort((a, b) => (a.lang < b.lang ? -1 : 1));
}

/** The byte form every data file in the project uses. */
export const serialise = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const byCountryThenId = (a: Service, b: Service) =>
  a.country === b.country ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.country < b.country ? -1 : 1;
