/**
 * The verifiers' work list: one row per phone, website, e-mail or set of claims, with the
 * sources to check it against, soonest due first.
 */
import type { Source } from '../../src/content/model';
import { addMonths } from '../../src/content/staleness';
import type { SourceContent } from '../content/load-content';
import { phoneTracesTo, urlTracesTo } from '../../src/content/model/trace';
import { checkItems, RECORD_TYPES, type CheckItem, type CheckKind, type RecordType, type VerifiableRecord } from './check-items';

export interface DueRow {
  type: RecordType;
  id: string;
  name: string;
  country: string;
  check: CheckKind;
  value: string;
  /** "F002: https://…", one cited source a line. */
  sourceLinks: string;
  lastVerified: string;
  due: string;
}

export interface DueOptions {
  /** How long a check stays good. */
  months: number;
  /** Only rows due on or before this day (YYYY-MM-DD); all rows when absent. */
  until?: string;
}

function records(content: SourceContent): { record: VerifiableRecord; name: string; country: string }[] {
  const en = content.text.en;
  return [
    ...content.services.map((s) => ({ record: { type: 'service', record: s } as const, name: en?.services[s.id]?.name ?? s.organisation.name, country: s.country })),
    ...content.pathways.map((p) => ({ record: { type: 'pathway', record: p } as const, name: en?.pathways[p.id]?.title ?? p.id, country: `${p.origin} → ${p.destination}` })),
    ...content.risks.map((r) => ({ record: { type: 'risk', record: r } as const, name: en?.risks[r.id]?.title ?? r.id, country: r.countries.length ? r.countries.join(', ') : 'all' })),
  ];
}

/** The sources to open for one item: those that print it, or all cited when none does (claims, e-mail). */
function sourceLinks(item: CheckItem, countries: string[], sources: Record<string, Source>): string {
  const printsIt = (id: string) =>
    item.check === 'phone' ? phoneTracesTo(item.value, [id], sources, countries) : item.check === 'website' ? urlTracesTo(item.value, [id], sources) : false;
  const traced = item.sources.filter(printsIt);
  return (traced.length ? traced : item.sources)
    .map((id) => {
      const s = sources[id];
      const where = s ? s.urls[0] || s.website || s.file || s.title : 'unknown source';
      return `${id}: ${where}`;
    })
    .join('\n');
}

const countriesOf = (r: VerifiableRecord) =>
  r.type === 'service' ? [r.record.country] : r.type === 'pathway' ? [r.record.origin, r.record.destination] : r.record.countries;

export function dueRows(content: SourceContent, options: DueOptions): DueRow[] {
  const rows: (DueRow & { order: number })[] = [];
  for (const { record, name, country } of records(content)) {
    const due = addMonths(record.record.lastVerified, options.months);
    if (options.until && due > options.until) continue;
    for (const item of checkItems(record)) {
      rows.push({
        type: record.type,
        id: record.record.id,
        name,
        country,
        check: item.check,
        value: item.value,
        sourceLinks: sourceLinks(item, countriesOf(record), content.sources),
        lastVerified: record.record.lastVerified,
        due,
        order: rows.length,
      });
    }
  }
  const typeRank = (t: RecordType) => RECORD_TYPES.indexOf(t);
  // A record's rows stay together and in page order, so one call or visit covers them.
  rows.sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : typeRank(a.type) - typeRank(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.order - b.order)));
  return rows.map(({ order: _order, ...row }) => row);
}
