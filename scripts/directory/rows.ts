/**
 * Turns the directory into spreadsheet rows. Refuses a record the layout cannot carry
 * (a fifth category, a fourth phone, a ";" inside a list item) rather than drop part of it:
 * the import would then silently delete what the export left out.
 */
import type { Service, ServiceText } from '../../src/content/model';
import { COLUMNS } from './columns';
import { CATEGORY_SLOTS, PHONE_SLOTS } from './draft';
import { DirectoryError, byCountryThenId, type Directory } from './directory-files';

function assertFits(s: Service) {
  const fail = (what: string) => {
    throw new DirectoryError(`service "${s.id}" cannot be exported without loss: ${what}`);
  };
  if (s.categories.length > CATEGORY_SLOTS) fail(`it has ${s.categories.length} categories; the sheet has ${CATEGORY_SLOTS} category columns`);
  if (s.phones.length > PHONE_SLOTS) fail(`it has ${s.phones.length} phones; the sheet has ${PHONE_SLOTS} phone columns`);
  const lists = [s.languages, s.serves.genders, s.serves.statuses, s.accessibility, s.sources, s.serves.nationalities === 'all' ? [] : s.serves.nationalities];
  const bad = lists.flat().find((v) => v.includes(';'));
  if (bad !== undefined) fail(`the list item "${bad}" contains ";", which separates list items in a cell`);
}

export function serviceToRow(s: Service, text: ServiceText): string[] {
  assertFits(s);
  return COLUMNS.map((c) => c.toCell(s, text));
}

/** Header row first, then services in the order of services.json (country, then id). */
export function directoryRows(dir: Directory): { header: string[]; rows: string[][] } {
  const rows = [...dir.services].sort(byCountryThenId).map((s) => {
    const text = dir.text[s.id];
    if (!text) throw new DirectoryError(`service "${s.id}" has no English text in locales/en/services.json`);
    return serviceToRow(s, text);
  });
  return { header: COLUMNS.map((c) => c.name), rows };
}
