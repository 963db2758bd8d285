/** How fresh the data is: the newest dated event, per conflict and overall. Pure. */
import type { Agreement, Conflict } from './schema'
import { compareDates } from './selectors'

const max = (dates: Iterable<string>): string | null => {
  let best: string | null = null
  for (const d of dates) if (best === null || compareDates(d, best) > 0) best = d
  return best
}

/** The newest date among status changes and the dates and status changes of deals and events. */
export function latestEventDate(conflicts: readonly Conflict[], agreements: readonly Agreement[]): string | null {
  return max([
    ...conflicts.flatMap((c) => c.statusHistory.map((s) => s.date)),
    ...agreements.flatMap((a) => [a.date, ...a.statusHistory.map((s) => s.date)]),
  ])
}

/** A conflict's newest sourced event: its own status history and its deals'. */
export function latestEventOfConflict(conflict: Conflict, agreements: readonly Agreement[]): string | null {
  return latestEventDate(
    [conflict],
    agreements.filter((a) => a.conflict === conflict.id),
  )
}
