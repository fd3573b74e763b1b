/**
 * Checks every row of an imported sheet and collects every problem, so an editor fixes the
 * whole file in one pass instead of one error per run. Rows without problems become records.
 */
import { serviceProvenance, serviceSchema, serviceTextSchema, type Service, type ServiceText, type Source } from '../../src/content/model';
import { COLUMN_NAMES, COLUMNS, type Column } from './columns';
import { buildRecords, emptyDraft, type Draft } from './draft';
import { columnLetter, type Cell, type Sheet, type SheetRow } from './values';

export interface RowProblem {
  row: number;
  column: string;
  message: string;
  allowed: string;
}

export interface ValidRow {
  row: number;
  service: Service;
  text: ServiceText;
}

export interface Validation {
  rows: ValidRow[];
  problems: RowProblem[];
}

export function formatProblem(p: RowProblem): string {
  return `row ${p.row}, column ${p.column}: ${p.message}; allowed: ${p.allowed}`;
}

const HEADER_RULE = `the ${COLUMNS.length} columns of the Read me sheet, in any order: ${COLUMN_NAMES.join(', ')}`;
const EMPTY: Cell = { text: '', kind: 'text' };

/** Header matching forgives case and stray spaces: editors retype headers. */
const normalise = (h: string) => h.trim().toLowerCase();

interface Layout {
  /** Column name → cell index in each row. */
  index: Map<string, number>;
  /** Indexes of cells with no header, which must stay empty. */
  unnamed: number[];
}

function readHeader(header: SheetRow, problems: RowProblem[]): Layout {
  const index = new Map<string, number>();
  const unnamed: number[] = [];
  header.cells.forEach((cell, i) => {
    const name = normalise(cell.text);
    if (!name) return unnamed.push(i);
    if (!COLUMN_NAMES.includes(name)) {
      problems.push({ row: 1, column: cell.text.trim(), message: 'unknown column', allowed: HEADER_RULE });
    } else if (index.has(name)) {
      problems.push({ row: 1, column: name, message: `column appears twice (${columnLetter(index.get(name)! + 1)} and ${columnLetter(i + 1)})`, allowed: HEADER_RULE });
    } else {
      index.set(name, i);
    }
  });
  for (const name of COLUMN_NAMES) {
    if (!index.has(name)) problems.push({ row: 1, column: name, message: 'missing column', allowed: HEADER_RULE });
  }
  return { index, unnamed };
}

const isBlank = (row: SheetRow) => row.cells.every((c) => c.text === '' && !c.problem);

export function validateSheet(sheet: Sheet, sources: Record<string, Source>): Validation {
  const problems: RowProblem[] = [];
  const layout = readHeader(sheet.header, problems);
  const rows: ValidRow[] = [];
  const firstRowOfId = new Map<string, number>();
  const strayReported = new Set<number>();

  for (const row of sheet.rows) {
    if (isBlank(row)) continue;
    for (const i of layout.unnamed) {
      if (row.cells[i]?.text && !strayReported.has(i)) {
        strayReported.add(i);
        problems.push({ row: row.number, column: `${columnLetter(i + 1)} (no header)`, message: 'a value in a column that has no header', allowed: HEADER_RULE });
      }
    }
    const found = checkRow(row, layout, sources);
    problems.push(...found.problems);

    const id = found.draft.id;
    if (id !== undefined) {
      const first = firstRowOfId.get(id);
      if (first !== undefined) {
        problems.push({ row: row.number, column: 'id', message: `duplicate id "${id}": also on row ${first}`, allowed: COLUMNS[0]!.allowed });
        continue;
      }
      firstRowOfId.set(id, row.number);
    }
    if (found.problems.length === 0 && layout.index.size === COLUMNS.length) {
      rows.push({ row: row.number, ...backstop(row.number, found.draft, problems) });
    }
  }
  return { rows, problems: problems.sort((a, b) => a.row - b.row) };
}

function checkRow(row: SheetRow, layout: Layout, sources: Record<string, Source>): { draft: Draft; problems: RowProblem[] } {
  const draft = emptyDraft();
  const problems: RowProblem[] = [];
  const report = (c: Column, message: string) => problems.push({ row: row.number, column: c.name, message, allowed: c.allowed });

  const filled = new Set<string>();
  for (const c of COLUMNS) {
    const i = layout.index.get(c.name);
    // A missing column was reported once in the header; its cells are not reported again per row.
    if (i === undefined) continue;
    const cell = row.cells[i] ?? EMPTY;
    if (cell.problem) {
      report(c, cell.problem);
      continue;
    }
    if (cell.text === '') {
      if (c.required) report(c, 'missing: this column is required');
      continue;
    }
    const wrong = reinterpreted(c, cell) ?? c.fromCell(cell, draft);
    if (wrong) report(c, wrong);
    else filled.add(c.name);
  }
  const bad = new Set(problems.map((p) => p.column));
  crossChecks(draft, filled, bad, sources, (name, message) => report(COLUMNS.find((c) => c.name === name)!, message));
  return { draft, problems };
}

/**
 * Excel turns a typed "09:00" into a time, "1-2" into a date and "0771234567" into a number
 * unless the cell is formatted as text; what it then stores is no longer what was typed.
 */
function reinterpreted(c: Column, cell: Cell): string | undefined {
  if (cell.kind === 'date' && !c.dateCell) return 'stored as a date or time by the spreadsheet; format the cell as text and type it again';
  if (cell.kind === 'number' && !c.numberCell) return c.numberProblem ?? 'stored as a number by the spreadsheet; format the cell as text and type it again';
  return undefined;
}

/** Rules that involve more than one cell. Skipped where a cell involved was already wrong. */
function crossChecks(
  d: Draft,
  filled: Set<string>,
  bad: Set<string>,
  sources: Record<string, Source>,
  report: (column: string, message: string) => void,
) {
  d.phones.forEach((p, i) => {
    const n = `phone_${i + 1}`;
    if ([n, `${n}_kind`, `${n}_reach`].some((c) => bad.has(c))) return;
    if (p.number !== undefined && p.kind === undefined) report(`${n}_kind`, `missing: ${n} has a number but no kind`);
    if (p.number === undefined && p.kind !== undefined) report(n, `missing: ${n}_kind is "${p.kind}" but there is no number`);
    if (p.number === undefined && p.kind === undefined && p.reach !== undefined) report(n, `missing: ${n}_reach is "${p.reach}" but there is no number`);
  });

  if (!bad.has('latitude') && !bad.has('longitude')) {
    if (filled.has('latitude') && !filled.has('longitude')) report('longitude', 'missing: latitude is given, so longitude is needed too');
    if (filled.has('longitude') && !filled.has('latitude')) report('latitude', 'missing: longitude is given, so latitude is needed too');
  }
  if (d.ageMin !== undefined && d.ageMax !== undefined && d.ageMin > d.ageMax) {
    report('serves_age_max', `${d.ageMax} is below serves_age_min ${d.ageMin}`);
  }

  if (bad.has('sources') || d.sources.length === 0) return;
  for (const issue of provenanceOfRow(d, bad, sources)) report(issue.column, issue.message);
}

/**
 * The content model's provenance rules on what the row's cells say, so an import and the
 * content check give the same words for the same mistake. Cells that were already wrong are
 * left out rather than blamed twice.
 */
function provenanceOfRow(d: Draft, bad: Set<string>, sources: Record<string, Source>): { column: string; message: string }[] {
  const slots = d.phones.flatMap((p, i) => (p.number !== undefined && !bad.has(`phone_${i + 1}`) && !bad.has(`phone_${i + 1}_kind`) ? [i] : []));
  const service = {
    id: d.id ?? '',
    sources: d.sources,
    status: bad.has('status') ? 'unverified' : (d.status ?? 'unverified'),
    country: bad.has('country') ? '' : (d.country ?? ''),
    phones: slots.map((i) => ({ number: d.phones[i]!.number!, kind: d.phones[i]!.kind ?? 'hotline', reach: d.phones[i]!.reach ?? 'any' })),
    website: bad.has('website') ? undefined : d.website,
    organisation: { website: bad.has('organisation_website') ? undefined : d.organisation.website },
  } as unknown as Service;
  return serviceProvenance(service, sources).map((issue) => ({ column: columnOf(issue.field, slots), message: issue.message }));
}

/** The sheet column that holds a service field the model named. */
function columnOf(field: string, phoneSlots: number[]): string {
  const phone = /^phones\.(\d+)\./.exec(field);
  if (phone) return `phone_${phoneSlots[Number(phone[1])]! + 1}`;
  if (field.startsWith('sources')) return 'sources';
  return field === 'organisation.website' ? 'organisation_website' : field;
}

/**
 * The content schema has the last word: if a rule exists there that the columns do not check
 * yet, the row is still refused rather than written and then rejected by the build.
 */
function backstop(row: number, draft: Draft, problems: RowProblem[]): { service: Service; text: ServiceText } {
  const { service, text } = buildRecords(draft);
  const issues = [
    ...(serviceSchema.safeParse(service).error?.issues ?? []),
    ...(serviceTextSchema.safeParse(text).error?.issues ?? []),
  ];
  for (const issue of issues) {
    problems.push({ row, column: 'id', message: `${issue.path.join('.')}: ${issue.message}`, allowed: 'what the content model (src/content/model/) accepts' });
  }
  return { service, text };
}
