/** Display labels and colours for the closed vocabularies of the schema. */
import type {
  Reliability,
  AgreementStatus,
  AgreementType,
  ConflictStatus,
  Stance,
  Term,
  Verification,
} from '../data/schema'
import { RESOURCE_TERMS as RESOURCE_TERM_LIST } from '../data/vocab'
import type { ProvisionState } from '../data/implementation'

export const CONFLICT_STATUS_LABEL: Record<ConflictStatus, string> = {
  'active-conflict': 'Fighting continues',
  'deal-suspended': 'Deal suspended',
  ceasefire: 'Ceasefire',
  'peace-process': 'Peace process',
  'no-armed-conflict': 'No armed conflict',
}

/**
 * Okabe–Ito based, distinguishable with common colour-vision deficiencies.
 * The same token names are used by CSS (`--status-*`) so dark mode can adjust them.
 */
export const CONFLICT_STATUS_VAR: Record<ConflictStatus, string> = {
  'active-conflict': 'var(--status-active)',
  'deal-suspended': 'var(--status-suspended)',
  ceasefire: 'var(--status-ceasefire)',
  'peace-process': 'var(--status-process)',
  'no-armed-conflict': 'var(--status-none)',
}

export const AGREEMENT_STATUS_LABEL: Record<AgreementStatus, string> = {
  proposed: 'Proposed',
  initialled: 'Initialled',
  signed: 'Signed',
  ratified: 'Ratified',
  'in-force': 'In force',
  implementing: 'Being implemented',
  holding: 'Holding',
  violated: 'Violated',
  suspended: 'Suspended',
  collapsed: 'Collapsed',
  superseded: 'Superseded',
  'not-signed': 'Not signed',
  occurred: 'Event',
}

/** Agreement statuses grouped into four tones for badges and timeline marks. */
export type Tone = 'good' | 'neutral' | 'warn' | 'bad'
export const AGREEMENT_STATUS_TONE: Record<AgreementStatus, Tone> = {
  proposed: 'neutral',
  initialled: 'neutral',
  signed: 'good',
  ratified: 'good',
  'in-force': 'good',
  implementing: 'good',
  holding: 'good',
  violated: 'bad',
  suspended: 'warn',
  collapsed: 'bad',
  superseded: 'neutral',
  'not-signed': 'warn',
  occurred: 'neutral',
}

export const CONFLICT_STATUS_TONE: Record<ConflictStatus, Tone> = {
  'active-conflict': 'bad',
  'deal-suspended': 'warn',
  ceasefire: 'neutral',
  'peace-process': 'good',
  'no-armed-conflict': 'neutral',
}

export const AGREEMENT_TYPE_LABEL: Record<AgreementType, string> = {
  ceasefire: 'Ceasefire',
  'peace-agreement': 'Peace agreement',
  framework: 'Framework',
  declaration: 'Declaration',
  'minerals-deal': 'Minerals deal',
  'economic-deal': 'Economic deal',
  'trade-deal': 'Trade deal',
  mou: 'Memorandum of understanding',
  'strategic-partnership': 'Strategic partnership',
  'un-resolution': 'UN resolution',
  'initialled-text': 'Initialled text',
  'peace-plan': 'Peace plan',
  summit: 'Summit',
  'executive-act': 'Executive act',
  'military-action': 'Military action',
  statement: 'Statement',
  'other-event': 'Event',
}

export const TERM_LABEL: Record<Term, string> = {
  mineral: 'Minerals',
  energy: 'Energy',
  economic: 'Economic',
  'revenue-share': 'Revenue share',
  'preferential-access': 'Preferential access',
  'right-of-first-offer': 'Right of first offer',
  offtake: 'Offtake',
  equity: 'Equity stake',
  'price-floor': 'Price floor',
  financing: 'Financing',
  corridor: 'Corridor',
  'fund-contribution': 'Fund contribution',
  security: 'Security',
  ceasefire: 'Ceasefire',
  withdrawal: 'Withdrawal',
  'prisoner-exchange': 'Prisoner exchange',
  monitoring: 'Monitoring',
  territorial: 'Territorial',
  humanitarian: 'Humanitarian',
  political: 'Political',
}

/** Terms that trade minerals, energy, money or access: the ones the atlas highlights. */
export const RESOURCE_TERMS: ReadonlySet<Term> = new Set(RESOURCE_TERM_LIST)

export const STANCE_LABEL: Record<Stance, string> = { skeptical: 'Skeptical', mixed: 'Mixed', supportive: 'Supportive' }

export const VERIFICATION_LABEL: Record<Verification, string> = {
  verified: 'Verified',
  secondary: 'Secondary source',
  unverified: 'Unverified',
}

/** What kind of publisher a source is, as the source lists say it. */
export const RELIABILITY_LABEL: Record<Reliability, string> = {
  primary: 'Primary document or official statement',
  'established-news': 'Established news organisation',
  specialist: 'Specialist outlet or research body',
  aggregator: 'Aggregator, mirror or copy',
  'state-media': 'State-controlled media',
  blog: 'Blog or personal site',
}

/** How far such a source can carry a fact on its own. */
export const RELIABILITY_HINT: Record<Reliability, string> = {
  primary: 'The text itself or a party’s own statement',
  'established-news': 'Can support a verified fact',
  specialist: 'Can support a verified fact',
  aggregator: 'Never supports a verified fact alone',
  'state-media': 'Never supports a verified fact alone',
  blog: 'Never supports a verified fact alone',
}

/** A provision's latest sourced implementation status, after the Peace Accords Matrix's scale. */
export const PROVISION_STATE_LABEL: Record<ProvisionState, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  implemented: 'Implemented',
  stalled: 'Stalled',
  violated: 'Violated',
  reversed: 'Reversed',
  none: 'No sourced status',
}

export const PROVISION_STATE_TONE: Record<ProvisionState, Tone> = {
  'not-started': 'neutral',
  'in-progress': 'good',
  implemented: 'good',
  stalled: 'warn',
  violated: 'bad',
  reversed: 'bad',
  none: 'neutral',
}
