/**
 * The records a list of the conflicts names, as lightly as it names them: each
 * conflict with its status path, its peace-track agreements (a card shows the latest
 * signed by the map's date, with its signatories) and, on the map, the newest deals of
 * the wider minerals diplomacy. Events and the rest of each deal's record stay on
 * their own pages; what the list needs of them is summed up in conflictDeals.ts. Pure.
 */
import type { Agreement, Conflict } from '../data/schema'
import { compareDates, type DatasetIndex } from '../data/selectors'
import { thinAgreement, thinConflict } from '../data/thin'

/** How many conflicts the map's list shows before its "Show all" button. */
export const CONFLICTS_LISTED = 24

/**
 * How many of a list's cards to show: `limit` until the reader asks for all, or all
 * when the selected card lies further down; null when the list is shown whole.
 */
export function cardsCut(
  total: number,
  selectedAt: number,
  limit: number | undefined,
  expanded: boolean,
): number | null {
  return limit !== undefined && !expanded && total > limit && selectedAt < limit ? limit : null
}

/** How many deals of the minerals diplomacy the map lists; the timeline has them all. */
export const DIPLOMACY_LISTED = 12

/** An agreement as a list names it: its title, date, type, signatories and resources. */
export const listedDeal = (a: Agreement): Agreement => ({
  ...thinAgreement(a),
  place: undefined,
  provisions: [],
  statusHistory: [],
})

/** A conflict as the map shades it: its status on each date, without the label of each change. */
export const listedConflict = (c: Conflict): Conflict => {
  const thin = thinConflict(c)
  return { ...thin, statusHistory: thin.statusHistory.map((s) => ({ ...s, label: '', agreement: undefined })) }
}

/** Each conflict's peace-track agreements, in the dataset's order. */
export const listedPeaceDeals = (ix: DatasetIndex): Agreement[] =>
  ix.data.agreements.filter((a) => a.track === 'peace' && a.kind === 'agreement').map(listedDeal)

/** The deals and events of the wider minerals diplomacy, newest first. */
export const diplomacyDeals = (ix: DatasetIndex): Agreement[] =>
  ix.data.agreements.filter((a) => a.track === 'minerals-diplomacy').sort((a, b) => compareDates(b.date, a.date))

/** What the map says of the minerals diplomacy it lists only in part: how many deals, over which years. */
export interface DiplomacySpan {
  total: number
  firstYear: string
  lastYear: string
}

/** The span of `all`, the deals of the minerals diplomacy newest first (diplomacyDeals). */
export function diplomacySpan(all: readonly Agreement[]): DiplomacySpan | null {
  const [newest, oldest] = [all[0], all[all.length - 1]]
  return newest && oldest
    ? { total: all.length, firstYear: oldest.date.slice(0, 4), lastYear: newest.date.slice(0, 4) }
    : null
}
