/**
 * The controlled vocabularies of the content model, free of any validation library so the
 * page can use them without shipping zod to phones.
 */
export const STAGES = ['before', 'border', 'after'] as const;
export const TOPICS = [
  'fake-job-offers',
  'visit-visa',
  'recruitment-fees',
  'debt-bondage',
  'unlicensed-agents',
  'contract-substitution',
  'passport-confiscation',
  'scam-centres',
  'sea-journeys',
  'forced-marriage',
  'domestic-work',
  'unpaid-wages',
  'exit-check',
  'documents',
  'reporting',
  'return',
  'corruption',
] as const;

export const PHONE_KINDS = ['hotline', 'office', 'whatsapp', 'sms', 'viber'] as const;
export const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export const GENDERS = ['any', 'women', 'men', 'children'] as const;
export const ORGANISATION_TYPES = ['government', 'ngo', 'international', 'community'] as const;
export const COSTS = ['free', 'fee', 'sliding', 'unknown'] as const;
export const REFERRALS = ['self', 'referral', 'unknown'] as const;
export const SERVICE_STATUSES = ['active', 'inactive', 'unverified'] as const;
export const PHONE_REACH = ['in-country', 'from-abroad', 'any'] as const;

/** Directory categories (after the RSO/NEXUS assistance areas), in the order people look for them. */
export const CATEGORIES = [
  'hotline',
  'shelter',
  'law-enforcement',
  'migrant-bureau',
  'labour-complaint',
  'legal',
  'medical',
  'psychosocial',
  'consular',
  'return',
  'reintegration',
  'material',
  'interpretation',
  'children',
  'documentation',
] as const;
