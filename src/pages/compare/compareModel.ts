/**
 * The comparison of two or three deals or conflicts: one column per record, and the
 * provisions lined up by term so that the same promise can be read across deals. Pure.
 */
import type { ProvisionState, RollUp } from '../../data/implementation'
import type { AgreementStatusEntry, Term } from '../../data/schema'
import { TERMS } from '../../data/vocab'
import { formatDate } from '../../lib/format'
import { AGREEMENT_TYPE_LABEL } from '../../lib/labels'
import type { DealModel } from '../deal/dealModel'
import type { MineralAtStake } from './compareMinerals'
import { stanceLine, type StanceLine } from './stanceLine'

export interface ProvisionCell {
  n: number
  text: string
  state: ProvisionState
  href: string
}

export interface DealColumn {
  id: string
  name: string
  path: string
  type: string
  date: string
  conflict: { id: string; name: string } | null
  parties: string[]
  brokers: string[]
  traded: Array<{ party: string; gets: string[] }>
  minerals: MineralAtStake[]
  rollUp: RollUp
  provisions: Array<ProvisionCell & { terms: Term[] }>
  statusPath: AgreementStatusEntry[]
  stances: StanceLine[]
}

export function dealColumn(m: DealModel, minerals: readonly MineralAtStake[]): DealColumn {
  const { deal } = m
  return {
    id: deal.id,
    name: m.name,
    path: m.path,
    type: AGREEMENT_TYPE_LABEL[deal.type],
    date: formatDate(deal.date, deal.datePrecision),
    conflict: m.conflict ? { id: m.conflict.id, name: m.conflict.shortName } : null,
    parties: [...new Set([...deal.signatories.map((s) => s.party), ...deal.traded.map((t) => t.party)])].map(
      m.actorName,
    ),
    brokers: [...new Set(deal.brokers.map((b) => m.actorName(b.actor)))],
    traded: deal.traded.map((t) => ({ party: m.actorName(t.party), gets: t.gets })),
    minerals: [...minerals],
    rollUp: m.rollUp,
    provisions: m.provisions.map((p) => ({
      n: p.provision.n,
      text: p.provision.text,
      terms: p.provision.terms,
      state: p.state,
      href: `${m.path}#provision-${p.provision.n}`,
    })),
    statusPath: deal.statusHistory,
    stances: m.assessments.map(stanceLine),
  }
}

export interface TermRow {
  term: Term
  /** One list per column, in column order; empty where that deal has no provision with the term. */
  cells: ProvisionCell[][]
}

/** The terms any compared deal carries, in the vocabulary's order, with each deal's provisions under each. */
export function termRows(columns: ReadonlyArray<Pick<DealColumn, 'provisions'>>): TermRow[] {
  return TERMS.flatMap((term) => {
    const cells = columns.map((c) =>
      c.provisions.filter((p) => p.terms.includes(term)).map(({ terms: _terms, ...cell }) => cell),
    )
    return cells.some((x) => x.length > 0) ? [{ term, cells }] : []
  })
}

/** Stances counted, skeptical first: "2 skeptical, 1 mixed". Empty when no expert is quoted. */
export function stanceCounts(stances: readonly Pick<StanceLine, 'stance'>[]): string {
  const order = ['skeptical', 'mixed', 'supportive'] as const
  return order
    .map((s) => [s, stances.filter((x) => x.stance === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ')
}
