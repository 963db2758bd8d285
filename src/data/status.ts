/** The one home of "what is the status": of a conflict or an agreement, now or at a date. Pure. */
import type { Agreement, AgreementStatusEntry, Conflict, StatusEntry } from './schema'
import { compareDates } from './selectors'

/** The latest status entry of an agreement, or null when it has none. */
export function agreementStatus(a: Pick<Agreement, 'statusHistory'>): AgreementStatusEntry | null {
  return a.statusHistory[a.statusHistory.length - 1] ?? null
}

/** The status entry of a conflict in force on `date` (the last dated on or before it), or null before the first. */
export function conflictStatusAt(conflict: Conflict, date: string): StatusEntry | null {
  let found: StatusEntry | null = null
  for (const entry of conflict.statusHistory) if (compareDates(entry.date, date) <= 0) found = entry
  return found
}

/** The year the atlas's coverage starts: that of the earliest status entry of any conflict. */
export function coverageStart(conflicts: readonly Conflict[]): string {
  const first = conflicts.reduce<string | null>((m, c) => {
    const d = c.statusHistory[0]?.date
    return d && (m === null || compareDates(d, m) < 0) ? d : m
  }, null)
  return `${(first ?? '2025').slice(0, 4)}-01-01`
}
