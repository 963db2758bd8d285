/**
 * What the map and the list of conflicts need of each conflict's deals, summed up
 * once over every deal and event: the deal-type filter, the count of conflicts with
 * a minerals deal by a date, and each card's newest sourced event. Built with the
 * page's data, so a page that lists the conflicts carries a few fields per conflict
 * instead of every deal. Pure.
 */
import type { AgreementType } from '../data/schema'
import { agreementsOfConflict, compareDates, type DatasetIndex } from '../data/selectors'
import { latestEventOfConflict } from '../data/freshness'

export interface ConflictDeals {
  /** The types of its agreements and events, each once, in the order first signed. */
  types: AgreementType[]
  /** The date of its first agreement with a minerals term; null without one. */
  firstMineralDeal: string | null
  /** Its newest sourced event: its own status history and its deals'. */
  latestEvent: string | null
}

export type DealsByConflict = Readonly<Record<string, ConflictDeals>>

const NONE: ConflictDeals = { types: [], firstMineralDeal: null, latestEvent: null }

const made = new WeakMap<DatasetIndex, Record<string, ConflictDeals>>()

/** Each conflict's summary, by conflict id (made once per dataset). */
export function conflictDeals(ix: DatasetIndex): Record<string, ConflictDeals> {
  const known = made.get(ix)
  if (known) return known
  const out: Record<string, ConflictDeals> = {}
  for (const c of ix.data.conflicts) {
    const deals = agreementsOfConflict(ix, c.id)
    const mineral = deals.find((a) => a.kind === 'agreement' && a.provisions.some((p) => p.terms.includes('mineral')))
    out[c.id] = {
      types: [...new Set(deals.map((a) => a.type))],
      firstMineralDeal: mineral?.date ?? null,
      latestEvent: latestEventOfConflict(c, deals),
    }
  }
  made.set(ix, out)
  return out
}

/** A conflict's summary; an empty one for a conflict the summaries do not name. */
export const dealsOf = (deals: DealsByConflict, conflictId: string): ConflictDeals => deals[conflictId] ?? NONE

/** Whether a conflict had signed an agreement with a minerals term by `date` (null: by now). */
export function hasMineralDealBy(deals: DealsByConflict, conflictId: string, date: string | null): boolean {
  const first = dealsOf(deals, conflictId).firstMineralDeal
  return first !== null && (date === null || compareDates(first, date) <= 0)
}
