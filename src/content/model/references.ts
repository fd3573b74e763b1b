/** References between records: an id a record names must be a record that exists. */
import type { ModelIssue } from './issue';
import type { Pathway, Risk } from './records';

export interface KnownIds {
  risks: ReadonlySet<string>;
  pathways: ReadonlySet<string>;
  services: ReadonlySet<string>;
}

function dangling(record: string, field: string, list: string[], known: ReadonlySet<string>, kind: string): ModelIssue[] {
  return list.flatMap((id, i) => (known.has(id) ? [] : [{ record, field: `${field}.${i}`, message: `dangling id: no ${kind} "${id}"` }]));
}

export function riskReferences(r: Risk, ids: KnownIds): ModelIssue[] {
  return [...dangling(r.id, 'related.services', r.related.services, ids.services, 'service'), ...dangling(r.id, 'related.pathways', r.related.pathways, ids.pathways, 'pathway')];
}

export function pathwayReferences(p: Pathway, ids: KnownIds): ModelIssue[] {
  return dangling(p.id, 'contacts', p.contacts, ids.services, 'service');
}
