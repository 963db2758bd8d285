/**
 * The families of deal and event types the timeline draws with one shape each, and
 * offers as one choice each in its type filter. The one table both read, so the
 * filter always matches the legend. Pure.
 */
import type { AgreementType } from '../data/schema'
import { AGREEMENT_TYPES } from '../data/vocab'

export type MarkShape = 'circle' | 'diamond' | 'square' | 'triangle'

export interface TypeGroup {
  /** Used in the URL (`?group=economic`). */
  id: string
  label: string
  shape: MarkShape
  types: readonly AgreementType[]
}

export const TYPE_GROUPS: readonly TypeGroup[] = [
  { id: 'ceasefire', label: 'Ceasefire', shape: 'circle', types: ['ceasefire'] },
  {
    id: 'peace-text',
    label: 'Peace text, framework or resolution',
    shape: 'diamond',
    types: ['peace-agreement', 'framework', 'declaration', 'initialled-text', 'peace-plan', 'un-resolution'],
  },
  {
    id: 'economic',
    label: 'Minerals, economic or trade deal',
    shape: 'square',
    types: ['minerals-deal', 'economic-deal', 'trade-deal', 'mou', 'strategic-partnership'],
  },
  {
    id: 'event',
    label: 'Key event',
    shape: 'triangle',
    types: ['summit', 'executive-act', 'military-action', 'statement', 'other-event'],
  },
]

const GROUP_OF = new Map<AgreementType, TypeGroup>(TYPE_GROUPS.flatMap((g) => g.types.map((t) => [t, g] as const)))
const EVENT_GROUP = TYPE_GROUPS[TYPE_GROUPS.length - 1]!

/** The group a type belongs to; a type no group names counts as an event. */
export const groupOf = (type: AgreementType): TypeGroup => GROUP_OF.get(type) ?? EVENT_GROUP

/** Mark shape by family of type: ceasefires, peace texts, economic deals, events. */
export const markShape = (type: AgreementType): MarkShape => groupOf(type).shape

/** The types of the given groups and single types, without repeats, in vocabulary order. */
export function expandTypes(groupIds: readonly string[], types: readonly AgreementType[]): AgreementType[] {
  const chosen = new Set<AgreementType>(types)
  for (const g of TYPE_GROUPS) if (groupIds.includes(g.id)) g.types.forEach((t) => chosen.add(t))
  return AGREEMENT_TYPES.filter((t) => chosen.has(t))
}

/**
 * A set of types written back as whole groups where it holds one of several types, and
 * the rest as single types (a group of one stays a type, so older links read as they were).
 */
export function collapseTypes(types: readonly AgreementType[]): { groups: string[]; types: AgreementType[] } {
  const set = new Set(types)
  const groups = TYPE_GROUPS.filter((g) => g.types.length > 1 && g.types.every((t) => set.has(t)))
  const covered = new Set(groups.flatMap((g) => g.types))
  return { groups: groups.map((g) => g.id), types: AGREEMENT_TYPES.filter((t) => set.has(t) && !covered.has(t)) }
}

/** How much of a group a choice holds: all, some or none of its types. */
export function groupState(group: TypeGroup, types: readonly AgreementType[]): 'all' | 'some' | 'none' {
  const n = group.types.filter((t) => types.includes(t)).length
  return n === group.types.length ? 'all' : n > 0 ? 'some' : 'none'
}
