/**
 * Brings a filled-in due sheet back: moves `lastVerified` of each record whose every row is
 * "ok", and nothing else. Numbers, URLs and text are never touched: a changed number needs an
 * editor and its source, not a spreadsheet cell. Every bad row is reported as
 * "FILE, row N, FIELD: …", and if there is one, no file is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../content/load-content';
import { serialise } from '../directory/directory-files';
import { readXlsxSheet, XlsxError } from '../directory/xlsx-read';
import type { Cell, SheetRow } from '../directory/values';
import { writeFilesAtomically } from '../write-atomically';
import { checkItems, itemKey, RECORD_TYPES, type RecordType, type VerifiableRecord } from './check-items';
import { HEADERS, RESULTS, type Result } from './due-sheet';

export interface VerifyImportOptions {
  file: string;
  root: string;
  /** The day the import runs (YYYY-MM-DD): a check cannot be later. */
  today?: string;
  dryRun?: boolean;
}

export interface DateChange {
  type: RecordType;
  id: string;
  from: string;
  to: string;
}

export interface EditorItem {
  row: number;
  type: RecordType;
  id: string;
  check: string;
  value: string;
  result: Exclude<Result, 'ok'>;
  note: string;
}

export interface VerifyImportResult {
  ok: boolean;
  lines: string[];
  changes: DateChange[];
  forEditor: EditorItem[];
}

type Raw = { id: string; lastVerified: string } & Record<string, unknown>;
const FIELDS = ['type', 'id', 'check', 'value', 'checkedOn', 'result', 'note'] as const;
type Field = (typeof FIELDS)[number];

const dataFile = (root: string, type: RecordType) => join(root, DATA_DIR, `${type}s.json`);

function readRecords(root: string, type: RecordType): Raw[] {
  const path = dataFile(root, type);
  if (!existsSync(path)) return [];
  const value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as unknown;
  if (!Array.isArray(value)) throw new Error(`${path} must be a JSON array`);
  return value as Raw[];
}

const realDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

/** Column index of each field, found by header text so reordered columns still import. */
function columnsOf(header: SheetRow): { columns: Partial<Record<Field, number>>; missing: string[] } {
  const names = header.cells.map((c) => c.text.trim().toLowerCase());
  const columns: Partial<Record<Field, number>> = {};
  const missing: string[] = [];
  for (const f of FIELDS) {
    const i = names.indexOf(HEADERS[f].toLowerCase());
    if (i === -1) missing.push(HEADERS[f]);
    else columns[f] = i;
  }
  return { columns, missing };
}

interface ParsedRow {
  row: number;
  type: RecordType;
  id: string;
  key: string;
  check: string;
  value: string;
  result: Result;
  checkedOn: string;
  note: string;
}

export async function runVerifyImport(opts: VerifyImportOptions): Promise<VerifyImportResult> {
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const fail = (lines: string[]): VerifyImportResult => ({ ok: false, lines: [...lines, 'Nothing was changed.'], changes: [], forEditor: [] });
  let sheet;
  try {
    sheet = await readXlsxSheet(opts.file);
  } catch (err) {
    if (err instanceof XlsxError) return fail([`${opts.file}: ${err.message}`]);
    throw err;
  }
  const { columns, missing } = columnsOf(sheet.header);
  if (missing.length) return fail(missing.map((m) => `${opts.file}, row 1, ${m}: this column is missing; keep the header row as exported`));

  const byType = Object.fromEntries(RECORD_TYPES.map((t) => [t, readRecords(opts.root, t)])) as Record<RecordType, Raw[]>;
  const find = (type: RecordType, id: string) => byType[type].find((r) => r.id === id);
  const itemsOf = (type: RecordType, record: Raw) => checkItems({ type, record } as unknown as VerifiableRecord);

  const errors: string[] = [];
  const parsed: ParsedRow[] = [];
  for (const row of sheet.rows) {
    const cell = (f: Field): Cell => row.cells[columns[f]!] ?? { text: '', kind: 'text' };
    const text = (f: Field) => cell(f).text.trim();
    if (FIELDS.every((f) => !text(f))) continue;
    const problem = (f: Field, message: string) => errors.push(`${opts.file}, row ${row.number}, ${HEADERS[f]}: ${message}`);
    const before = errors.length;
    for (const f of FIELDS) {
      const p = cell(f).problem;
      if (p) problem(f, p);
    }
    const resultText = text('result').toLowerCase();
    const checkedOn = text('checkedOn');
    // An unfilled row is work not done yet, not a mistake.
    if (!resultText && !checkedOn) continue;
    const type = text('type') as RecordType;
    const record = RECORD_TYPES.includes(type) ? find(type, text('id')) : undefined;
    if (!RECORD_TYPES.includes(type)) problem('type', `"${text('type')}" is not one of ${RECORD_TYPES.join(', ')}`);
    else if (!record) problem('id', `unknown id "${text('id')}": no ${type} with this id in ${DATA_DIR}/${type}s.json`);
    const key = itemKey(type, text('id'), text('check'), text('value'));
    if (record && !itemsOf(type, record).some((i) => itemKey(type, record.id, i.check, i.value) === key)) {
      problem('value', `"${text('check')} ${text('value')}" is not in ${type} "${record.id}" as it is now: keep the cell as exported (write a new number or address in the note)`);
    }
    if (!resultText) problem('result', `a checked-on date without a result: write ${RESULTS.join(', ')}`);
    else if (!(RESULTS as readonly string[]).includes(resultText)) problem('result', `"${text('result')}" is not one of ${RESULTS.join(', ')}`);
    if (checkedOn || resultText === 'ok') {
      if (!checkedOn) problem('checkedOn', 'an ok result needs the day it was checked (YYYY-MM-DD)');
      else if (!realDay(checkedOn)) problem('checkedOn', `"${checkedOn}" is not a real day written YYYY-MM-DD`);
      else if (checkedOn > today) problem('checkedOn', `${checkedOn} is in the future: a check cannot have happened yet`);
      else if (record && checkedOn < record.lastVerified) problem('checkedOn', `${checkedOn} is before the record's last verified date ${record.lastVerified}`);
    }
    if (errors.length === before && record) {
      parsed.push({ row: row.number, type, id: record.id, key, check: text('check'), value: text('value'), result: resultText as Result, checkedOn, note: text('note') });
    }
  }
  if (errors.length) return fail(errors);

  const changes: DateChange[] = [];
  const forEditor: EditorItem[] = parsed.flatMap((p) => (p.result === 'ok' ? [] : [{ row: p.row, type: p.type, id: p.id, check: p.check, value: p.value, result: p.result, note: p.note }]));
  const partly: string[] = [];
  const touched = new Map<string, ParsedRow[]>();
  for (const p of parsed) touched.set(`${p.type}\u0000${p.id}`, [...(touched.get(`${p.type}\u0000${p.id}`) ?? []), p]);
  for (const rows of touched.values()) {
    const { type, id } = rows[0]!;
    if (rows.some((r) => r.result !== 'ok')) continue;
    const record = find(type, id)!;
    const latestPerItem = itemsOf(type, record).map((i) =>
      rows.filter((r) => r.key === itemKey(type, id, i.check, i.value)).reduce<string | undefined>((d, r) => (!d || r.checkedOn > d ? r.checkedOn : d), undefined),
    );
    if (latestPerItem.some((d) => d === undefined)) {
      partly.push(`  ${type} ${id}: ${latestPerItem.filter(Boolean).length} of ${latestPerItem.length} rows checked, date kept at ${record.lastVerified}`);
      continue;
    }
    // The record is only as fresh as its oldest check.
    const to = (latestPerItem as string[]).reduce((a, b) => (b < a ? b : a));
    if (to > record.lastVerified) {
      changes.push({ type, id, from: record.lastVerified, to });
      record.lastVerified = to;
    }
  }

  const changedTypes = RECORD_TYPES.filter((t) => changes.some((c) => c.type === t));
  if (!opts.dryRun) writeFilesAtomically(changedTypes.map((t) => ({ path: dataFile(opts.root, t), body: serialise(byType[t]) })));

  const lines = [
    `${opts.dryRun ? 'Would update' : 'Updated'} last verified on ${changes.length} record(s)${changedTypes.length ? ` in ${changedTypes.map((t) => `${DATA_DIR}/${t}s.json`).join(', ')}` : ''}.`,
    ...changes.map((c) => `  ${c.type} ${c.id}: ${c.from} → ${c.to}`),
  ];
  if (partly.length) lines.push('Not every row of these records is checked yet, so their dates stay:', ...partly);
  if (forEditor.length) {
    lines.push(`For an editor (${forEditor.length}; nothing was changed for these records):`);
    lines.push(...forEditor.map((e) => `  row ${e.row}: ${e.type} ${e.id} ${e.check}${e.value ? ` ${e.value}` : ''}: ${e.result}${e.note ? `: ${e.note}` : ''}`));
  }
  return { ok: true, lines, changes, forEditor };
}
