/**
 * What changed about one conflict or deal: its latest status entries, and the
 * corrections of the changelog (lines of kind `correction`) that name it (by id, name or title,
 * with or without a bracketed abbreviation). Pure; shared by
 * the build (which puts the corrections in the page's data) and the page.
 */
import type { ChangelogEntry } from './schema'
import { compareDates } from './dates'
import { correctionAnchor, correctionText, isCorrection } from './corrections'

export interface RecordChange {
  date: string
  kind: 'status' | 'correction'
  text: string
  /** For a correction: its version and anchor on the "What's new" page. */
  version?: string
  anchor?: string
}

/**
 * The changelog cut to the corrections that name the record: whole release entries
 * (version and date) holding only those lines, so a page's data stays small. A name
 * shorter than four characters is not matched, to avoid chance hits.
 */
export function correctionsNaming(changelog: readonly ChangelogEntry[], names: readonly string[]): ChangelogEntry[] {
  // A name with a bracketed abbreviation also matches without it: "TRIPP Implementation Framework (TIF)".
  const usable = names.flatMap((n) => [n, n.replace(/\s*\([^)]*\)$/, '')]).filter((n) => n.length >= 4)
  return changelog.flatMap((r) => {
    const changes = r.changes.filter((c) => isCorrection(c) && usable.some((n) => c.text.includes(n)))
    return changes.length > 0 ? [{ ...r, changes }] : []
  })
}

/**
 * The record's changes, newest first: its `statuses` newest `limit`, and every
 * correction in `corrections` (already cut by `correctionsNaming`).
 */
export function recordChanges(
  statuses: ReadonlyArray<{ date: string; label: string }>,
  corrections: readonly ChangelogEntry[],
  limit = 3,
): { lastChanged: string | null; changes: RecordChange[] } {
  const fixes: RecordChange[] = corrections.flatMap((r) =>
    r.changes.map((c) => ({
      date: r.date,
      kind: 'correction' as const,
      text: correctionText(c.text),
      version: r.version,
      anchor: correctionAnchor(r.version, c.text),
    })),
  )
  const latest: RecordChange[] = [...statuses]
    .reverse()
    .slice(0, limit)
    .map((s) => ({ date: s.date, kind: 'status' as const, text: s.label }))
  const changes = [...fixes, ...latest].sort((x, y) => compareDates(y.date, x.date))
  return { lastChanged: changes[0]?.date ?? null, changes }
}
