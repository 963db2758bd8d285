/**
 * The scorecard's view in the URL query: its sort column and direction, and its
 * filters. `parseScorecardParams` never throws; `toScorecardParams` omits defaults.
 * `viewRows` applies a view to the rows. Pure.
 */
import type { ConflictStatus } from '../../data/schema'
import { compareDates, CONFLICT_STATUS_ORDER } from '../../data/selectors'
import { CONFLICT_STATUSES } from '../../data/vocab'
import { appendAll, pickFlag, pickMany, pickOne } from '../../lib/urlState'
import type { ScoreRow } from './scorecardModel'
import { byText } from '../../lib/textOrder'

export const SORT_KEYS = ['conflict', 'claim', 'then', 'now', 'deals', 'terms', 'fighting', 'experts'] as const
export type SortKey = (typeof SORT_KEYS)[number]

export interface ScorecardView {
  /** null: the dataset's order. */
  sort: SortKey | null
  desc: boolean
  /** Only conflicts the White House counts (`yes`) or does not (`no`). */
  counted: 'yes' | 'no' | null
  /** Only conflicts whose current status is one of these; empty: all. */
  status: ConflictStatus[]
  /** Only conflicts with a minerals or economic clause. */
  clause: boolean
}

export const DEFAULT_SCORECARD_VIEW: ScorecardView = {
  sort: null,
  desc: false,
  counted: null,
  status: [],
  clause: false,
}

export function parseScorecardParams(sp: URLSearchParams): ScorecardView {
  const sort = pickOne(sp, 'sort', SORT_KEYS, null)
  return {
    sort,
    desc: sort !== null && sp.get('dir') === 'desc',
    counted: pickOne(sp, 'counted', ['yes', 'no'] as const, null),
    status: pickMany(sp, 'status', CONFLICT_STATUSES),
    clause: pickFlag(sp, 'clause'),
  }
}

export function toScorecardParams(v: ScorecardView): URLSearchParams {
  const sp = new URLSearchParams()
  if (v.sort) sp.set('sort', v.sort)
  if (v.sort && v.desc) sp.set('dir', 'desc')
  if (v.counted) sp.set('counted', v.counted)
  appendAll(sp, 'status', v.status)
  if (v.clause) sp.set('clause', '1')
  return sp
}

/** The view after a click on a column heading: sort by it, or reverse it if it is the sort already. */
export const sortedBy = (v: ScorecardView, key: SortKey): ScorecardView =>
  v.sort === key ? { ...v, desc: !v.desc } : { ...v, sort: key, desc: false }

const statusRank = (s: ConflictStatus) => CONFLICT_STATUS_ORDER.indexOf(s)

/** Ascending order of each column: worst status first, fewest deals first, most skeptical first. */
const COMPARE: Record<SortKey, (a: ScoreRow, b: ScoreRow) => number> = {
  conflict: (a, b) => byText(a.name, b.name),
  claim: (a, b) =>
    Number(b.claim.counted) - Number(a.claim.counted) || compareDates(a.claim.since ?? '', b.claim.since ?? ''),
  then: (a, b) => (a.then ? statusRank(a.then.status) : 99) - (b.then ? statusRank(b.then.status) : 99),
  now: (a, b) => statusRank(a.now.status) - statusRank(b.now.status) || compareDates(b.now.date, a.now.date),
  deals: (a, b) => a.deals.signed - b.deals.signed || a.deals.betweenParties - b.deals.betweenParties,
  terms: (a, b) =>
    a.terms.usGets.length - b.terms.usGets.length || a.terms.withClause.length - b.terms.withClause.length,
  fighting: (a, b) => b.fighting.count - a.fighting.count,
  experts: (a, b) => b.stances.skeptical - a.stances.skeptical || a.stances.supportive - b.stances.supportive,
}

/** The rows the view shows, filtered then sorted (ties keep the dataset's order). */
export function viewRows(rows: readonly ScoreRow[], v: ScorecardView): ScoreRow[] {
  const kept = rows.filter(
    (r) =>
      (v.counted === null || r.claim.counted === (v.counted === 'yes')) &&
      (v.status.length === 0 || v.status.includes(r.now.status)) &&
      (!v.clause || r.terms.withClause.length > 0),
  )
  if (!v.sort) return kept
  const cmp = COMPARE[v.sort]
  const dir = v.desc ? -1 : 1
  return kept
    .map((r, i) => ({ r, i }))
    .sort((x, y) => dir * cmp(x.r, y.r) || x.i - y.i)
    .map(({ r }) => r)
}
