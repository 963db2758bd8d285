/**
 * The provisions browser's model: every numbered provision of every deal, with its
 * deal, conflict, minerals and latest sourced implementation status; the filter
 * choices the data offers; and the rows a view keeps. Pure.
 */
import { PROVISION_STATES, historyLookup, latestEntry, type ProvisionState } from '../../data/implementation'
import { dealHeading, type DealHeading } from '../../data/dealHeading'
import type { Term, Verification } from '../../data/schema'
import { compareDates, type DatasetIndex } from '../../data/selectors'
import { AGREEMENT_TYPES, TERMS } from '../../data/vocab'
import type { ProvisionsView, ProvisionsVocabulary } from '../../lib/provisionsParams'
import { byText } from '../../lib/textOrder'

export const MINERALS_DIPLOMACY = 'minerals-diplomacy'

export interface ProvisionListRow {
  deal: DealHeading
  /** The deal's conflict, or null on the minerals-diplomacy track when no conflict is tied to it. */
  conflict: string | null
  conflictName: string | null
  track: 'peace' | 'minerals-diplomacy'
  minerals: string[]
  n: number
  text: string
  terms: Term[]
  verification: Verification
  state: ProvisionState
  stateDate: string | null
  /** The provision's anchor on its deal page. */
  href: string
}

export interface Choice<T extends string = string> {
  value: T
  label: string
  count: number
}

/** Every provision, newest deal first, in its deal's order. */
export function provisionListRows(ix: DatasetIndex): ProvisionListRow[] {
  const history = historyLookup(ix.data.implementation)
  const minerals = new Map<string, Set<string>>()
  const add = (deal: string, r: string) => minerals.set(deal, (minerals.get(deal) ?? new Set()).add(r))
  for (const s of ix.data.stakes) for (const a of s.agreements) add(a, s.resource)
  for (const a of ix.data.agreements) for (const r of a.resources ?? []) add(a.id, r)
  const deals = ix.data.agreements
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => a.provisions.length > 0)
    .sort((x, y) => compareDates(y.a.date, x.a.date) || x.i - y.i)
  return deals.flatMap(({ a }) => {
    const conflict = a.conflict ? ix.conflicts.get(a.conflict) : undefined
    const own = [...(minerals.get(a.id) ?? [])].filter((r) => ix.resources.get(r)?.kind === 'mineral')
    return a.provisions.map((p) => {
      const last = latestEntry(history(a.id, p.n))
      return {
        deal: dealHeading(a),
        conflict: conflict?.id ?? null,
        conflictName: conflict?.shortName ?? null,
        track: a.track,
        minerals: own,
        n: p.n,
        text: p.text,
        terms: p.terms,
        verification: p.verification,
        state: last?.status ?? 'none',
        stateDate: last?.date ?? null,
        href: `/deals/${a.id}#provision-${p.n}`,
      }
    })
  })
}

/** Whether a row passes every filter of the view. */
export function matches(r: ProvisionListRow, v: ProvisionsView): boolean {
  return (
    (!v.term || r.terms.includes(v.term)) &&
    (!v.conflict || (v.conflict === MINERALS_DIPLOMACY ? r.track === MINERALS_DIPLOMACY : r.conflict === v.conflict)) &&
    (!v.type || r.deal.type === v.type) &&
    (!v.mineral || r.minerals.includes(v.mineral)) &&
    (!v.status || r.state === v.status)
  )
}

export const filterRows = (rows: readonly ProvisionListRow[], v: ProvisionsView): ProvisionListRow[] =>
  rows.filter((r) => matches(r, v))

function tally<T extends string>(values: readonly T[]): Map<T, number> {
  const m = new Map<T, number>()
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1)
  return m
}

/** The filter choices: only values some provision has, with how many provisions have each. */
export function provisionChoices(ix: DatasetIndex, rows: readonly ProvisionListRow[]) {
  const terms = tally(rows.flatMap((r) => r.terms))
  const conflicts = tally(rows.flatMap((r) => (r.conflict ? [r.conflict] : [])))
  const track = rows.filter((r) => r.track === MINERALS_DIPLOMACY).length
  const minerals = tally(rows.flatMap((r) => r.minerals))
  const types = tally(rows.map((r) => r.deal.type))
  const states = tally(rows.map((r) => r.state))
  const conflictChoices: Choice[] = ix.data.conflicts
    .filter((c) => conflicts.has(c.id))
    .map((c) => ({ value: c.id, label: c.shortName, count: conflicts.get(c.id) ?? 0 }))
  if (track > 0) conflictChoices.push({ value: MINERALS_DIPLOMACY, label: 'Minerals diplomacy (track)', count: track })
  return {
    terms: TERMS.filter((t) => terms.has(t)).map((t) => ({ value: t, count: terms.get(t) ?? 0 })),
    conflicts: conflictChoices,
    minerals: [...minerals.keys()]
      .map((id) => ({ value: id, label: ix.resources.get(id)?.name ?? id, count: minerals.get(id) ?? 0 }))
      .sort((a, b) => byText(a.label, b.label)),
    types: AGREEMENT_TYPES.filter((t) => types.has(t)).map((t) => ({ value: t, count: types.get(t) ?? 0 })),
    states: PROVISION_STATES.filter((s) => states.has(s)).map((s) => ({ value: s, count: states.get(s) ?? 0 })),
  }
}

export type ProvisionChoices = ReturnType<typeof provisionChoices>

export const vocabularyOf = (c: ProvisionChoices): ProvisionsVocabulary => ({
  conflicts: c.conflicts.map((x) => x.value),
  minerals: c.minerals.map((x) => x.value),
})

export function provisionsModel(ix: DatasetIndex) {
  const rows = provisionListRows(ix)
  const choices = provisionChoices(ix, rows)
  return { rows, choices, vocab: vocabularyOf(choices), deals: new Set(rows.map((r) => r.deal.id)).size }
}
