/**
 * The provisions browser's filters in the URL query: one value per filter, each
 * checked against what the data offers. `parseProvisionsParams` never throws (an
 * unknown value falls back to "any") and `toProvisionsParams` omits defaults.
 */
import { PROVISION_STATES, type ProvisionState } from '../data/implementation'
import type { AgreementType, Term } from '../data/schema'
import { AGREEMENT_TYPES, TERMS } from '../data/vocab'
import { pickOne } from './urlState'

export interface ProvisionsView {
  term: Term | null
  /** A conflict id, or `minerals-diplomacy` for the deals of that track. */
  conflict: string | null
  type: AgreementType | null
  mineral: string | null
  status: ProvisionState | null
}

export const DEFAULT_PROVISIONS_VIEW: ProvisionsView = {
  term: null,
  conflict: null,
  type: null,
  mineral: null,
  status: null,
}

/** The conflict and mineral ids the data has: other values in the URL fall back to "any". */
export interface ProvisionsVocabulary {
  conflicts: readonly string[]
  minerals: readonly string[]
}

export function parseProvisionsParams(sp: URLSearchParams, vocab: ProvisionsVocabulary): ProvisionsView {
  return {
    term: pickOne(sp, 'term', TERMS, null),
    conflict: pickOne(sp, 'conflict', vocab.conflicts, null),
    type: pickOne(sp, 'type', AGREEMENT_TYPES, null),
    mineral: pickOne(sp, 'mineral', vocab.minerals, null),
    status: pickOne(sp, 'status', PROVISION_STATES, null),
  }
}

const KEYS = ['term', 'conflict', 'type', 'mineral', 'status'] as const

export function toProvisionsParams(v: ProvisionsView): URLSearchParams {
  const sp = new URLSearchParams()
  for (const k of KEYS) {
    const value = v[k]
    if (value) sp.set(k, value)
  }
  return sp
}

export { provisionsByTerm } from './provisionsLink'
