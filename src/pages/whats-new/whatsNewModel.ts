/**
 * The "What's new" page's model: the feed's entries as corrections, releases (each
 * change marked when it is a correction) and the status changes and new deals by
 * month, newest first. Pure.
 */
import { correctionAnchor, isCorrection, releaseAnchor } from '../../data/corrections'
import type { ChangeKind } from '../../data/schema'
import type { FeedEntry } from '../../data/feed'
import { formatDate } from '../../lib/format'

export interface WhatsNew {
  corrections: Array<{ anchor: string; date: string; version: string; text: string }>
  releases: Array<{
    anchor: string
    version: string
    date: string
    /** Each line with its kind; a correction with its anchor in the list of corrections. */
    changes: Array<{ kind: ChangeKind; text: string; correction: string | null }>
  }>
  /** Status changes and new deals, by month of their date. */
  months: Array<{ month: string; label: string; entries: FeedEntry[] }>
}

/** The entries the page shows, without the longer words only the feeds carry. */
export const pageEntries = (entries: readonly FeedEntry[]): FeedEntry[] => entries.map(({ detail: _detail, ...e }) => e)

export function whatsNewModel(entries: readonly FeedEntry[]): WhatsNew {
  const releases = entries
    .filter((e) => e.kind === 'release')
    .map((e) => {
      const version = e.key.replace(/^release\//, '')
      return {
        anchor: releaseAnchor(version),
        version,
        date: e.date,
        changes: (e.items ?? []).map((c) => ({
          kind: c.kind,
          text: c.text,
          correction: isCorrection(c) ? correctionAnchor(version, c.text) : null,
        })),
      }
    })
  const corrections = releases.flatMap((r) =>
    r.changes.flatMap((c) =>
      c.correction ? [{ anchor: c.correction, date: r.date, version: r.version, text: c.text }] : [],
    ),
  )
  const months: WhatsNew['months'] = []
  for (const e of entries) {
    if (e.kind !== 'status' && e.kind !== 'deal') continue
    const month = e.date.slice(0, 7)
    const last = months[months.length - 1]
    if (last && last.month === month) last.entries.push(e)
    else months.push({ month, label: formatDate(month), entries: [e] })
  }
  return { corrections, releases, months }
}
