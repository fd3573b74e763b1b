/**
 * What an import changes, in the terms an editor used: spreadsheet columns, not JSON paths.
 * Comparing through the column table means a change is reported exactly where it was made.
 */
import type { Service, ServiceText } from '../../src/content/model';
import { COLUMNS } from './columns';
import type { Translation } from './directory-files';

export interface DirectoryState {
  services: Service[];
  text: Record<string, ServiceText>;
}

export interface DirectoryDiff {
  added: string[];
  changed: { id: string; columns: string[] }[];
  removed: string[];
  /** Per changed service whose English text changed: the languages that translate it. */
  review: { id: string; langs: string[] }[];
  /** Per language: the removed ids its services.json still translates. */
  pruned: { lang: string; ids: string[] }[];
}

function cells(s: Service, t: ServiceText | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of COLUMNS) {
    try {
      out.set(c.name, c.toCell(s, t ?? ({} as ServiceText)));
    } catch {
      // A record that no longer matches the schema cannot be read column by column; any value differs from it.
      out.set(c.name, '\u0000unreadable');
    }
  }
  return out;
}

export function diffDirectory(before: DirectoryState, after: DirectoryState, translations: readonly Translation[]): DirectoryDiff {
  const oldById = new Map(before.services.map((s) => [s.id, s]));
  const newIds = new Set(after.services.map((s) => s.id));
  const added: string[] = [];
  const changed: DirectoryDiff['changed'] = [];
  const review: DirectoryDiff['review'] = [];

  for (const s of after.services) {
    const old = oldById.get(s.id);
    if (!old) {
      added.push(s.id);
      continue;
    }
    const was = cells(old, before.text[s.id]);
    const now = cells(s, after.text[s.id]);
    const columns = COLUMNS.filter((c) => was.get(c.name) !== now.get(c.name));
    if (!columns.length) continue;
    changed.push({ id: s.id, columns: columns.map((c) => c.name) });
    if (columns.some((c) => c.english)) {
      const langs = translations.filter((t) => s.id in t.entries).map((t) => t.lang);
      if (langs.length) review.push({ id: s.id, langs });
    }
  }
  const removed = before.services.map((s) => s.id).filter((id) => !newIds.has(id));
  const pruned = translations
    .map((t) => ({ lang: t.lang, ids: removed.filter((id) => id in t.entries) }))
    .filter((p) => p.ids.length);
  const sort = (a: string, b: string) => (a < b ? -1 : 1);
  return { added: added.sort(sort), changed: changed.sort((a, b) => sort(a.id, b.id)), removed: removed.sort(sort), review, pruned };
}

export function hasChanges(d: DirectoryDiff): boolean {
  return d.added.length + d.changed.length + d.removed.length > 0;
}

/** The summary printed after a clean import; `would` phrases it for a dry run. */
export function formatSummary(d: DirectoryDiff, would: boolean): string[] {
  const verb = (done: string, future: string) => (would ? future : done);
  if (!hasChanges(d)) return ['No changes: the directory already matches the file.'];
  const lines: string[] = [];
  if (d.added.length) lines.push(`${verb('Added', 'Would add')} ${d.added.length}: ${d.added.join(', ')}`);
  if (d.changed.length) {
    lines.push(`${verb('Changed', 'Would change')} ${d.changed.length}:`);
    for (const c of d.changed) lines.push(`  ${c.id}: ${c.columns.join(', ')}`);
  }
  if (d.removed.length) lines.push(`${verb('Removed', 'Would remove')} ${d.removed.length}: ${d.removed.join(', ')}`);
  for (const p of d.pruned) {
    lines.push(`${verb('Removed', 'Would remove')} ${p.ids.length} translation(s) of removed services from locales/${p.lang}/services.json: ${p.ids.join(', ')}`);
  }
  const count = d.review.reduce((n, r) => n + r.langs.length, 0);
  if (count) {
    lines.push(`${count} translations may need review (their English text changed):`);
    for (const r of d.review) lines.push(`  ${r.id}: ${r.langs.join(', ')}`);
  }
  return lines;
}
