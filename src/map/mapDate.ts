/**
 * The home map on a date (`?date=2025-07-01`): each conflict's status then, the
 * deals signed by then, and the range of dates the data covers. `null` is the
 * latest, the default. Pure.
 */
import type { Agreement, Conflict, StatusEntry } from '../data/schema'
import { agreementsOfConflict, compareDates, currentStatus, statusAsOf, type DatasetIndex } from '../data/selectors'

/** The status entry in force on `date`, or the current one for the latest; null before the conflict's first entry. */
export const statusOn = (c: Conflict, date: string | null): StatusEntry | null =>
  date === null ? currentStatus(c) : statusAsOf(c, date)

/** The latest peace-track agreement of a conflict signed by `date` (see `latestAgreement`). */
export function latestDealOn(
  ix: DatasetIndex,
  conflictId: string,
  date: string | null,
  actorId?: string,
): Agreement | undefined {
  const deals = agreementsOfConflict(ix, conflictId).filter(
    (a) =>
      a.kind === 'agreement' &&
      a.track === 'peace' &&
      (date === null || compareDates(a.date, date) <= 0) &&
      (!actorId || a.signatories.length === 0 || a.signatories.some((s) => s.party === actorId)),
  )
  return deals[deals.length - 1]
}

/** The first and the last day the conflicts' status histories cover. */
export function dateRange(conflicts: readonly Conflict[]): { start: string; latest: string } {
  const dates = conflicts.flatMap((c) => c.statusHistory.map((s) => s.date)).sort(compareDates)
  const day = (d: string, end: boolean) =>
    d.length === 10 ? d : d.length === 7 ? `${d}-${end ? '28' : '01'}` : `${d}-${end ? '12-31' : '01-01'}`
  return { start: day(dates[0] ?? '2025-01-01', false), latest: day(dates[dates.length - 1] ?? '2025-01-01', true) }
}

/** A date within the range: null (the latest) from the last day on; the first day before it, with a note of which. */
export function clampDate(
  date: string | null,
  range: { start: string; latest: string },
): { date: string | null; clamped: 'before' | 'after' | null } {
  if (date === null) return { date: null, clamped: null }
  if (date < range.start) return { date: range.start, clamped: 'before' }
  if (date > range.latest) return { date: null, clamped: 'after' }
  if (date === range.latest) return { date: null, clamped: null }
  return { date, clamped: null }
}

/** The slider's steps: the first day of each month from the range's start to its latest month, then the latest (null). */
export function monthSteps(range: { start: string; latest: string }): Array<string | null> {
  const out: Array<string | null> = []
  let [y, m] = [Number(range.start.slice(0, 4)), Number(range.start.slice(5, 7))]
  const last = range.latest.slice(0, 7)
  for (;;) {
    const ym = `${y}-${String(m).padStart(2, '0')}`
    if (ym > last) break
    const first = `${ym}-01`
    if (first >= range.start && first < range.latest) out.push(first)
    if (++m > 12) [y, m] = [y + 1, 1]
  }
  out.push(null)
  return out
}

/** The step a date falls in: its month's (the latest for null). */
export function stepOf(steps: ReadonlyArray<string | null>, date: string | null): number {
  if (date === null) return steps.length - 1
  let i = 0
  for (let j = 0; j < steps.length; j++) {
    const s = steps[j]
    if (s !== null && s !== undefined && s <= date) i = j
  }
  return i
}
