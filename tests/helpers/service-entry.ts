import type { ServiceEntry } from '../../src/content/pack';

/** A directory entry with sensible defaults; override what a test is about. */
export function serviceEntry(over: Partial<ServiceEntry> & { id: string }): ServiceEntry {
  return {
    organisation: { name: 'Org', type: 'ngo' },
    categories: ['hotline'],
    country: 'TH',
    phones: [],
    hours: [],
    timezone: 'Asia/Bangkok',
    open247: false,
    languages: [],
    serves: { genders: ['any'], nationalities: 'all', statuses: [] },
    cost: 'unknown',
    referral: 'unknown',
    accessibility: [],
    status: 'active',
    verifiedBy: 'test',
    sources: ['F071'],
    lastVerified: '2026-11-24',
    text: { name: over.id, description: '' },
    fallback: false,
    ...over,
  };
}
