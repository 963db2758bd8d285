/**
 * The closed vocabularies of the data model as plain arrays. The zod schemas are
 * built from these, and the interface iterates over them without shipping zod.
 */
export const CONFLICT_STATUSES = [
  'active-conflict',
  'deal-suspended',
  'ceasefire',
  'peace-process',
  'no-armed-conflict',
] as const

export const REGIONS = [
  'Europe',
  'Central Africa',
  'South Caucasus',
  'South Asia',
  'Southeast Asia',
  'Northeast Africa',
  'Middle East',
] as const

export const AGREEMENT_TYPES = [
  'ceasefire',
  'peace-agreement',
  'framework',
  'declaration',
  'minerals-deal',
  'economic-deal',
  'trade-deal',
  'mou',
  'strategic-partnership',
  'un-resolution',
  'initialled-text',
  'peace-plan',
  'summit',
  'executive-act',
  'military-action',
  'statement',
  'other-event',
] as const

