/**
 * The four text files of one language, read as plain JSON and written back in the house
 * format (two-space indent, final newline), so a round trip through XLIFF changes no byte.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALE_FILES = ['ui', 'risks', 'pathways', 'services'] as const;
export type LocaleFile = (typeof LOCALE_FILES)[number];
export type LocaleTexts = Record<LocaleFile, Record<string, unknown>>;

export const localePath = (root: string, lang: string, file: string) => join(root, 'locales', lang, `${file}.json`);

/** A language's texts; a missing file reads as empty (nothing translated yet). */
export function readLocale(root: string, lang: string): LocaleTexts {
  const read = (file: LocaleFile): Record<string, unknown> => {
    const path = localePath(root, lang, file);
    if (!existsSync(path)) return {};
    const value: unknown = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${path}: must be a JSON object`);
    return value as Record<string, unknown>;
  };
  return { ui: read('ui'), risks: read('risks'), pathways: read('pathways'), services: read('services') };
}

export const serializeJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
