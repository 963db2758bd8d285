/** What the timeline's frame says and downloads: the span and filters shown, as of when, and the items. Pure. */
import type { Agreement } from '../../data/schema'
import { agreementStatus } from '../../data/status'
import type { FrameTable } from '../../components/frame/frameTypes'
import { formatDate } from '../../lib/format'
import { AGREEMENT_STATUS_LABEL, AGREEMENT_TYPE_LABEL } from '../../lib/labels'

export const TIMELINE_SOURCES = [
  'the Mineral Peace Atlas dataset: each deal and event with its sources on its page',
] as const

export function timelineFrameText({
  shown,
  matching,
  total,
  span,
  latestEvent,
  checkedThrough,
}: {
  shown: number
  /** Items that pass the filters, in the span or not. */
  matching: number
  total: number
  span: { start: string; end: string }
  latestEvent: string
  checkedThrough: string
}) {
  const from = formatDate(span.start, 'month')
  const to = formatDate(span.end, 'month')
  return {
    title: `Peace deals, minerals deals and key events, ${from} to ${to}`,
    subtitle:
      `${shown} of ${total} items${matching < total ? ' (filtered)' : ''}, one lane per conflict, shaped by type and ` +
      `coloured by each deal's latest status. Latest sourced event ${formatDate(latestEvent)}; sources checked ` +
      `through ${formatDate(checkedThrough)}.`,
    fileName: 'mineral-peace-atlas-timeline',
    embedPath: '/embed/timeline',
    citePath: '/timeline',
  }
}

export function timelineFrameTable(items: readonly Agreement[]): FrameTable {
  return {
    header: ['date', 'date_precision', 'id', 'name', 'kind', 'type', 'conflict', 'latest_status'],
    rows: items.map((a) => {
      const s = agreementStatus(a)
      return [
        a.date,
        a.datePrecision,
        a.id,
        a.commonName ?? a.title,
        a.kind,
        AGREEMENT_TYPE_LABEL[a.type],
        a.conflict ?? null,
        s ? AGREEMENT_STATUS_LABEL[s.status] : null,
      ]
    }),
  }
}
