/**
 * The import: read a spreadsheet, check every row, and only when the whole file is clean
 * replace the directory (records and English text) in one atomic step.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, relative } from 'node:path';
import type { Service, ServiceText } from '../../src/content/model';
import { readCsvSheet } from './csv';
import {
  byCountryThenId,
  directoryPaths,
  readCurrent,
  readSources,
  readTranslations,
  serialise,
  DirectoryError,
  type Translation,
} from './directory-files';
import { diffDirectory, formatSummary, type DirectoryDiff } from './summary';
import { formatProblem, validateSheet } from './validate-rows';
import type { Sheet } from './values';
import { writeFilesAtomically, type FileWrite } from '../write-atomically';
import { readXlsxSheet } from './xlsx-read';
import { backUp } from './backups';

export interface ImportOptions {
  file: string;
  root: string;
  dryRun: boolean;
  /** Allow an import that removes more than REMOVAL_SHARE of the services or moves any to another country. */
  allowRemovals?: boolean;
}

/** An import may remove at most this share of the directory without --allow-removals. */
export const REMOVAL_SHARE = 0.1;

/**
 * A file with one service in it would delete all the others; merged cells once moved three
 * services to another country. Large removals and any change of country are far more often a
 * wrong or damaged file than intent, so they need the editor to say so.
 */
function destructive(diff: DirectoryDiff, before: number): string[] {
  const moved = diff.changed.filter((c) => c.columns.includes('country')).map((c) => c.id);
  const lines: string[] = [];
  if (before && diff.removed.length / before > REMOVAL_SHARE) {
    lines.push(`This file would remove ${diff.removed.length} of ${before} services (more than ${REMOVAL_SHARE * 100}%): ${diff.removed.join(', ')}`);
  }
  if (moved.length) lines.push(`This file would move ${moved.length} service(s) to another country: ${moved.join(', ')}`);
  return lines;
}

export interface ImportResult {
  ok: boolean;
  /** What to print, one line each. */
  lines: string[];
  diff?: DirectoryDiff;
  /** Paths written, relative to the root. */
  written: string[];
}

export async function readSheet(file: string): Promise<Sheet> {
  if (!existsSync(file)) throw new DirectoryError(`${file}: no such file`);
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') return readXlsxSheet(file);
  if (ext === '.csv') return readCsvSheet(readFileSync(file));
  throw new DirectoryError(`${file}: expected a .xlsx or .csv file`);
}

export async function runImport(opts: ImportOptions): Promise<ImportResult> {
  let sheet: Sheet;
  try {
    sheet = await readSheet(opts.file);
  } catch (err) {
    return { ok: false, lines: [`${opts.file}: ${(err as Error).message.replace(`${opts.file}: `, '')}`, 'Nothing was changed.'], written: [] };
  }
  const sources = readSources(opts.root);
  const { rows, problems } = validateSheet(sheet, sources);
  if (problems.length) {
    return {
      ok: false,
      lines: [...problems.map(formatProblem), `${problems.length} problem(s) in ${opts.file}. Nothing was changed.`],
      written: [],
    };
  }
  if (!rows.length) {
    // An empty sheet would delete the whole directory: far more likely a wrong file than intent.
    return { ok: false, lines: [`${opts.file}: the file has no services. Nothing was changed.`], written: [] };
  }

  const services = rows.map((r) => r.service).sort(byCountryThenId);
  const text: Record<string, ServiceText> = {};
  const textById = new Map(rows.map((r) => [r.service.id, r.text]));
  for (const s of services) text[s.id] = textById.get(s.id)!;

  const before = readCurrent(opts.root);
  const translations = readTranslations(opts.root);
  const diff = diffDirectory(before, { services, text }, translations);
  const lines = [`Checked ${rows.length} services in ${opts.file}: no problems.`, ...formatSummary(diff, opts.dryRun)];
  const danger = destructive(diff, before.services.length);
  if (danger.length && !opts.allowRemovals) {
    return {
      ok: false,
      lines: [...lines, ...danger, 'If this is what you meant, run the import again with --allow-removals. Nothing was changed.'],
      diff,
      written: [],
    };
  }
  if (opts.dryRun) return { ok: true, lines: [...lines, 'Dry run: nothing was written.'], diff, written: [] };

  const writes = plannedWrites(opts.root, services, text, translations, diff);
  if (!writes.length) return { ok: true, lines: [...lines, 'Nothing to write: the files are already up to date.'], diff, written: [] };
  const stamp = backUp(opts.root, writes, [`Import of ${opts.file}`, ...lines]);
  writeFilesAtomically(writes);
  const written = writes.map((w) => relative(opts.root, w.path));
  lines.push(`Wrote ${written.join(', ')}.`, `The previous files are kept: npm run directory:restore -- ${stamp}`);
  return { ok: true, lines, diff, written };
}

/** Only files whose bytes change are rewritten, so an unchanged import leaves mtimes alone. */
function plannedWrites(
  root: string,
  services: Service[],
  text: Record<string, ServiceText>,
  translations: readonly Translation[],
  diff: DirectoryDiff,
): FileWrite[] {
  const p = directoryPaths(root);
  const writes: FileWrite[] = [
    { path: p.services, body: serialise(services) },
    { path: p.english, body: serialise(text) },
  ];
  for (const pruned of diff.pruned) {
    const t = translations.find((x) => x.lang === pruned.lang)!;
    const kept = Object.fromEntries(Object.entries(t.entries).filter(([id]) => !pruned.ids.includes(id)));
    writes.push({ path: t.path, body: serialise(kept) });
  }
  return writes.filter((w) => !existsSync(w.path) || readFileSync(w.path, 'utf8') !== w.body);
}
