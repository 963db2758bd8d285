/**
 * What became of each provision: its sourced implementation history, its latest
 * status, and a deal's provisions rolled up by that status. A provision with no
 * history has no sourced status, and is counted as such, never as "not started".
 * Pure.
 */
import type { Agreement, Implementation, ImplementationEntry, ImplementationStatus, Provision } from './schema'
import { compareDates } from './dates'

/** A provision's latest sourced status, or `none` when no source gives one. */
export type ProvisionState = ImplementationStatus | 'none'

/** Every state, in the order a roll-up shows them: done, moving, not begun, stopped, gone back, unknown. */
export const PROVISION_STATES: readonly ProvisionState[] = [
  'implemented',
  'in-progress',
  'not-started',
  'stalled',
  'violated',
  'reversed',
  'none',
]

/** Statuses that mean something was done, and those that mean it stopped or went backwards. */
export const PROGRESS_STATUSES: ReadonlySet<ProvisionState> = new Set(['in-progress', 'implemented'])
export const SETBACK_STATUSES: ReadonlySet<ProvisionState> = new Set(['stalled', 'violated', 'reversed'])

const key = (agreement: string, provision: number) => `${agreement}#${provision}`

/** Histories by agreement and provision number. */
export type HistoryLookup = (agreement: string, provision: number) => readonly ImplementationEntry[]

export function historyLookup(list: readonly Implementation[]): HistoryLookup {
  const byKey = new Map(list.map((m) => [key(m.agreement, m.provision), m.history]))
  return (agreement, provision) => byKey.get(key(agreement, provision)) ?? []
}

/** The newest entry of a history (histories are kept oldest first), or null. */
export const latestEntry = (history: readonly ImplementationEntry[]): ImplementationEntry | null =>
  history[history.length - 1] ?? null

export const stateOf = (history: readonly ImplementationEntry[]): ProvisionState =>
  latestEntry(history)?.status ?? 'none'

export interface RollUp {
  total: number
  /** How many provisions are in each latest state, in `PROVISION_STATES` order; zeros kept. */
  counts: ReadonlyArray<{ state: ProvisionState; count: number }>
  /** Latest status in progress or implemented. */
  progress: number
  /** Latest status stalled, violated or reversed. */
  setback: number
  /** No sourced status. */
  none: number
  /** The newest dated entry of any provision's history, or null. */
  asOf: string | null
}

/** A deal's provisions counted by their latest sourced status. */
export function rollUp(deal: Pick<Agreement, 'id' | 'provisions'>, history: HistoryLookup): RollUp {
  const tally = new Map<ProvisionState, number>(PROVISION_STATES.map((s) => [s, 0]))
  let asOf: string | null = null
  for (const p of deal.provisions) {
    const h = history(deal.id, p.n)
    const state = stateOf(h)
    tally.set(state, (tally.get(state) ?? 0) + 1)
    for (const e of h) if (asOf === null || compareDates(e.date, asOf) > 0) asOf = e.date
  }
  const sum = (set: ReadonlySet<ProvisionState>) =>
    [...set].reduce((n, s) => n + (tally.get(s) ?? 0), 0)
  return {
    total: deal.provisions.length,
    counts: PROVISION_STATES.map((state) => ({ state, count: tally.get(state) ?? 0 })),
    progress: sum(PROGRESS_STATUSES),
    setback: sum(SETBACK_STATUSES),
    none: tally.get('none') ?? 0,
    asOf,
  }
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

/** A roll-up in one sentence: how many provisions moved, how many stopped, how many no source speaks of. */
export function describeRollUp(r: RollUp): string {
  const have = (n: number) => (n === 1 ? 'has' : 'have')
  return (
    `${r.progress} of ${plural(r.total, 'provision')} ${have(r.progress)} sourced progress; ` +
    `${r.setback} stalled, violated or reversed; ${r.none} ${have(r.none)} no sourced status.`
  )
}

/** One provision with the history and latest state a page or a download shows. */
export interface ProvisionWithHistory {
  provision: Provision
  history: readonly ImplementationEntry[]
  state: ProvisionState
}

export const withHistory = (deal: Pick<Agreement, 'id' | 'provisions'>, history: HistoryLookup): ProvisionWithHistory[] =>
  deal.provisions.map((provision) => {
    const h = history(deal.id, provision.n)
    return { provision, history: h, state: stateOf(h) }
  })
