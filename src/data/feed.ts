/**
 * What changed, as dated entries: data releases and the corrections they carry (from
 * the changelog), status changes of conflicts and deals, and new deals (from the status
 * histories). One list feeds the Atom and JSON feeds and the "What's new" page. Pure.
 */
import type { Change, Dataset } from './schema'
import { compareDates } from './dates'
import { CONFLICT_STATUS_LABEL, AGREEMENT_STATUS_LABEL, AGREEMENT_TYPE_LABEL } from '../lib/labels'
import { formatDate } from '../lib/format'
import { correctionAnchor, correctionText, isCorrection, releaseAnchor } from './corrections'

export type FeedKind = 'release' | 'correction' | 'status' | 'deal'

export interface FeedEntry {
  /** Stable and unique: `release/1.1.0`, `correction/1.1.0/4`, `status/drc-rwanda/2025-12-10`, `deal/x`. */
  key: string
  kind: FeedKind
  /** As precise as the data gives it (`2025`, `2025-07`, `2025-07-28`). */
  date: string
  title: string
  /** Plain text, in the atlas's words. */
  text: string
  /** The in-app page that shows it, with a fragment where one fits. */
  path: string
  /** A release's list of changes, each with its kind. */
  items?: Change[]
  /** More words for the feeds (a deal's summary); the "What's new" page does without. */
  detail?: string
  /** The conflict or deal the entry is about. */
  record?: { kind: 'conflict' | 'deal'; id: string }
}

export const FEED_KIND_LABEL: Record<FeedKind, string> = {
  release: 'Data release',
  correction: 'Correction',
  status: 'Status change',
  deal: 'New deal',
}

/** The first words of a text, cut at a word boundary, with an ellipsis when cut. */
export function firstWords(text: string, max = 90): string {
  const plain = correctionText(text)
  if (plain.length <= max) return plain
  const cut = plain.slice(0, max)
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`
}

function changelogEntries(d: Dataset): FeedEntry[] {
  return d.changelog.flatMap((r) => [
    {
      key: `release/${r.version}`,
      kind: 'release' as const,
      date: r.date,
      title: `Data release ${r.version}`,
      text: `Version ${r.version} of the dataset, released ${formatDate(r.date)}: ${r.changes.length} ${r.changes.length === 1 ? 'change' : 'changes'}.`,
      path: `/whats-new#${releaseAnchor(r.version)}`,
      items: r.changes,
    },
    ...r.changes.flatMap((c, i) =>
      isCorrection(c)
        ? [
            {
              key: `correction/${r.version}/${i + 1}`,
              kind: 'correction' as const,
              date: r.date,
              title: `Correction: ${firstWords(c.text)}`,
              text: c.text,
              path: `/whats-new#${correctionAnchor(r.version, c.text)}`,
            },
          ]
        : [],
    ),
  ])
}

function statusEntries(d: Dataset): FeedEntry[] {
  const from = d.meta.coverageFrom
  const conflicts = d.conflicts.flatMap((c) =>
    c.statusHistory.flatMap((s, j) => {
      const prev = c.statusHistory[j - 1]
      if (!prev || prev.status === s.status || compareDates(s.date, from) < 0) return []
      return [
        {
          key: `status/${c.id}/${s.date}/${j}`,
          kind: 'status' as const,
          date: s.date,
          title: `${c.shortName}: ${CONFLICT_STATUS_LABEL[s.status].toLowerCase()}`,
          text: `${s.label} (${formatDate(s.date)}). Before: ${CONFLICT_STATUS_LABEL[prev.status].toLowerCase()}.`,
          path: `/conflicts/${c.id}`,
          record: { kind: 'conflict' as const, id: c.id },
        },
      ]
    }),
  )
  const deals = d.agreements.flatMap((a) =>
    a.statusHistory.flatMap((s, j) => {
      const prev = a.statusHistory[j - 1]
      if (!prev || prev.status === s.status || compareDates(s.date, from) < 0) return []
      return [
        {
          key: `status/${a.id}/${s.date}/${j}`,
          kind: 'status' as const,
          date: s.date,
          title: `${a.commonName ?? a.title}: ${AGREEMENT_STATUS_LABEL[s.status].toLowerCase()}`,
          text: `${s.label} (${formatDate(s.date)}). Before: ${AGREEMENT_STATUS_LABEL[prev.status].toLowerCase()}.`,
          path: `/deals/${a.id}`,
          record: { kind: 'deal' as const, id: a.id },
        },
      ]
    }),
  )
  return [...conflicts, ...deals]
}

function dealEntries(d: Dataset): FeedEntry[] {
  const name = new Map(d.conflicts.map((c) => [c.id, c.shortName]))
  return d.agreements
    .filter((a) => a.kind === 'agreement' && compareDates(a.date, d.meta.coverageFrom) >= 0)
    .map((a) => {
      const date = a.datePrecision === 'month' ? a.date.slice(0, 7) : a.date
      const where = a.conflict ? name.get(a.conflict) : 'minerals diplomacy'
      return {
        key: `deal/${a.id}`,
        kind: 'deal' as const,
        date,
        title: `New deal: ${a.commonName ?? a.title}`,
        text: `${AGREEMENT_TYPE_LABEL[a.type]} of ${formatDate(date)}${where ? `, ${where}` : ''}.`,
        detail: a.summary,
        path: `/deals/${a.id}`,
        record: { kind: 'deal' as const, id: a.id },
      }
    })
}

const KIND_ORDER: FeedKind[] = ['release', 'correction', 'status', 'deal']

/** Every entry, newest first; on one day releases, then corrections, status changes and deals. */
export function feedEntries(d: Dataset): FeedEntry[] {
  return [...changelogEntries(d), ...statusEntries(d), ...dealEntries(d)].sort(
    (x, y) =>
      compareDates(y.date, x.date) ||
      KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
      x.key.localeCompare(y.key, 'en', { numeric: true }),
  )
}
