/** The one home of "what is the status": of a conflict or an agreement, now or at a date. Pure. */
import type { Agreement, AgreementStatusEntry, Conflict, StatusEntry } from './schema'
import { compareDates } from './dates'

/** The latest status entry of an agreement, or null when it has none. */
export function agreementStatus(a: Pick<Agreement, 'statusHistory'>): AgreementStatusEntry | null {
  return a.statusHistory[a.statusHistory.length - 1] ?? null
}



/** The status entry in force on `date` (the last one dated on or before it), or null before the first. */
export function statusAsOf(conflict: Conflict, date: string): StatusEntry | null {
  let found: StatusEntry | null = null
  for (const entry of conflict.statusHistory) if (compareDates(entry.date, date) <= 0) found = entry
  return found
}

/** The latest status entry: the conflict's current status. */
export function currentStatus(conflict: Conflict): StatusEntry {
  const last = conflict.statusHistory[conflict.statusHistory.length - 1]
  if (!last) throw new Error(`conflict ${conflict.id} has no status history`)
  return last
}
