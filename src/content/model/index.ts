/**
 * The content model: the one owner of what a valid record is. The content check, the
 * directory import and the pack compiler all ask it, so they cannot disagree. Build time only.
 */
export * from './vocabulary';
export * from './fields';
export * from './records';
export type { ModelIssue } from './issue';
export { fromZod } from './issue';
export { pathwayProvenance, riskProvenance, serviceProvenance } from './provenance';
export { pathwayReferences, riskReferences, type KnownIds } from './references';
export { phoneTracesTo, urlTracesTo } from './trace';
