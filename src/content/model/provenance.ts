/**
 * Provenance: every source a record cites exists; every phone number and web address in it
 * appears in a cited source; a record resting on an unconfirmed fact says so to the reader.
 * This is what stops a plausible-looking number from reaching a person in danger without
 * anyone having read it somewhere real.
 */
import type { ModelIssue } from './issue';
import { dialForms } from './phone-numbers';
import type { Pathway, Risk, Service, Source } from './records';
import { phoneTracesTo, urlTracesTo } from './trace';

type Sources = Record<string, Source>;

function unknownSources(record: string, field: string, cited: string[], sources: Sources): ModelIssue[] {
  return cited.flatMap((s, i) => (sources[s] ? [] : [{ record, field: `${field}.${i}`, message: `unknown source "${s}" (not in src/content/data/sources.json)` }]));
}

function unconfirmed(record: string, status: string, verifiedStatuses: readonly string[], cited: string[], sources: Sources): ModelIssue[] {
  const weak = [...new Set(cited.filter((s) => sources[s]?.confidence === 'unconfirmed'))];
  if (!weak.length || !verifiedStatuses.includes(status)) return [];
  return [{ record, field: 'status', message: `cites unconfirmed source(s) ${weak.join(', ')}: status must be "unverified", not "${status}"` }];
}

const phoneIssue = (record: string, field: string, number: string, cited: string[]): ModelIssue => ({
  record,
  field,
  message: `phone ${number} does not appear in its cited sources (${cited.join(', ')})`,
});
const urlIssue = (record: string, field: string, url: string, cited: string[]): ModelIssue => ({
  record,
  field,
  message: `URL ${url}: its site is not named in its cited sources (${cited.join(', ')})`,
});

export function riskProvenance(r: Risk, sources: Sources): ModelIssue[] {
  return [...unknownSources(r.id, 'sources', r.sources, sources), ...unconfirmed(r.id, r.status, ['verified'], r.sources, sources)];
}

export function pathwayProvenance(p: Pathway, sources: Sources): ModelIssue[] {
  const cited = [...p.sources, ...p.steps.flatMap((s) => s.sources), ...p.links.flatMap((l) => l.sources)];
  const issues = [
    ...unknownSources(p.id, 'sources', p.sources, sources),
    ...p.steps.flatMap((s, i) => unknownSources(p.id, `steps.${i}.sources`, s.sources, sources)),
    ...unconfirmed(p.id, p.status, ['verified'], cited, sources),
  ];
  p.links.forEach((l, i) => {
    issues.push(...unknownSources(p.id, `links.${i}.sources`, l.sources, sources));
    if (!l.url && !l.phone) issues.push({ record: p.id, field: `links.${i}`, message: 'a link needs a url or a phone' });
    if (l.url && !urlTracesTo(l.url, l.sources, sources)) issues.push(urlIssue(p.id, `links.${i}.url`, l.url, l.sources));
    if (l.phone && !phoneTracesTo(l.phone, l.sources, sources, [p.origin, p.destination])) issues.push(phoneIssue(p.id, `links.${i}.phone`, l.phone, l.sources));
  });
  return issues;
}

export function serviceProvenance(s: Service, sources: Sources): ModelIssue[] {
  const unknown = unknownSources(s.id, 'sources', s.sources, sources);
  // Tracing against a partly unknown list would blame the number for the source list's mistake.
  if (unknown.length) return unknown;
  const issues = unconfirmed(s.id, s.status, ['active', 'inactive'], s.sources, sources);
  s.phones.forEach((ph, i) => {
    const field = `phones.${i}.number`;
    if (!phoneTracesTo(ph.number, s.sources, sources, [s.country])) issues.push(phoneIssue(s.id, field, ph.number, s.sources));
    if ((ph.kind === 'whatsapp' || ph.kind === 'viber') && !dialForms(ph.number, s.country).e164) {
      issues.push({ record: s.id, field, message: `${ph.kind} needs a number with a country code, and ${ph.number} has none that ${s.country}'s numbering rules give unambiguously` });
    }
  });
  for (const [field, url] of [['website', s.website], ['organisation.website', s.organisation.website]] as const) {
    if (url && !urlTracesTo(url, s.sources, sources)) issues.push(urlIssue(s.id, field, url, s.sources));
  }
  return issues;
}
