/** Directory categories, in the order people look for them (after the RSO/NEXUS assistance areas). */
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
