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


/** The statuses of a deal that has been signed: it was signed, whatever became of it since. */
export const SIGNED_STATUSES = [
  'signed',
  'ratified',
  'in-force',
  'implementing',
  'holding',
  'violated',
  'suspended',
  'collapsed',
  'superseded',
] as const

/** The statuses of an agreement, in the order of its life. */
export const AGREEMENT_STATUSES = [
  'proposed',
  'initialled',
  ...SIGNED_STATUSES,
  'not-signed',
  'occurred',
] as const

/** The two tracks of agreements: the peace deals of the conflicts, and the wider minerals diplomacy. */
export const TRACKS = ['peace', 'minerals-diplomacy'] as const

/** Terms that trade minerals, energy, money or access: the ones the atlas highlights. */
export const RESOURCE_TERMS = [
  'mineral',
  'energy',
  'economic',
  'revenue-share',
  'preferential-access',
  'right-of-first-offer',
  'offtake',
  'equity',
  'price-floor',
  'financing',
  'corridor',
  'fund-contribution',
] as const

/** Terms of what a deal settles between the parties. */
export const SETTLEMENT_TERMS = [
  'security',
  'ceasefire',
  'withdrawal',
  'prisoner-exchange',
  'monitoring',
  'territorial',
  'humanitarian',
  'political',
] as const

/** Terms a reader scans for: what a deal trades in minerals, energy, money and access, and what it settles. */
export const TERMS = [...RESOURCE_TERMS, ...SETTLEMENT_TERMS] as const

export const IMPLEMENTATION_STATUSES = [
  'not-started',
  'in-progress',
  'implemented',
  'stalled',
  'violated',
  'reversed',
] as const

export const RELIABILITIES = ['primary', 'established-news', 'specialist', 'aggregator', 'state-media', 'blog'] as const

/**
 * What a line of the changelog does: `release` describes a release as a whole;
 * `addition` adds records, events or sources; `update` revises records because the
 * facts moved on; `correction` fixes what the atlas got wrong (shown openly as a
 * correction); `format` changes the files' fields, not their facts.
 */
export const CHANGE_KINDS = ['release', 'addition', 'update', 'correction', 'format'] as const
