import { memo, useMemo } from 'react'
import { useHydrated } from '../lib/hooks/useHydrated'
import type { Agreement, AgreementType } from '../data/schema'
import { formatDate } from '../lib/format'
import { AGREEMENT_STATUS_TONE, AGREEMENT_TYPE_LABEL } from '../lib/labels'
import { layoutTimeline, type LaneSpec } from './timelineLayout'
import { laneOf } from './timelineModel'
import './Timeline.css'

export const TIMELINE_WIDTH = 1100
const ROW = 22

/** Mark shape by family of type: ceasefires, peace texts, economic deals, events. */
export function markShape(type: AgreementType): 'circle' | 'diamond' | 'square' | 'triangle' {
  switch (type) {
    case 'ceasefire':
      return 'circle'
    case 'peace-agreement':
    case 'framework':
    case 'declaration':
    case 'initialled-text':
    case 'peace-plan':
    case 'un-resolution':
      return 'diamond'
    case 'minerals-deal':
    case 'economic-deal':
    case 'trade-deal':
    case 'mou':
    case 'strategic-partnership':
      return 'square'
    default:
      return 'triangle'
  }
}

export const SHAPE_PATH = {
  circle: 'M-6,0A6,6 0 1,0 6,0A6,6 0 1,0 -6,0',
  diamond: 'M0,-7L7,0L0,7L-7,0Z',
  square: 'M-5.5,-5.5H5.5V5.5H-5.5Z',
  triangle: 'M0,-6.5L6.5,5.5H-6.5Z',
} as const

interface Props {
  items: readonly Agreement[]
  lanes: readonly LaneSpec[]
  start: string
  end: string
  asOf: string
  selected: string | null
  onOpen: (id: string) => void
  onHover: (id: string | null, x?: number, y?: number) => void
}

/** The timeline chart: one lane per conflict, status bands, shaped and coloured marks. */
export const Timeline = memo(function Timeline({ items, lanes, start, end, asOf, selected, onOpen, onHover }: Props) {
  // Today's date is the reader's, known only in the browser: drawn after hydration.
  const hydrated = useHydrated()
  const today = hydrated ? new Date().toISOString().slice(0, 10) : null
  const layout = useMemo(
    () =>
      layoutTimeline(
        items.map((a) => ({ ...a, lane: laneOf(a) })),
        lanes,
        { width: TIMELINE_WIDTH, gutter: 170, rowHeight: ROW, lanePadding: 6, minGap: 16, start, end },
      ),
    [items, lanes, start, end],
  )
  const top = 28
  const height = layout.height + top + 24
  const asOfX = layout.x(asOf)
  // One tab stop for the chart: the earliest mark; arrow keys move on from there.
  const firstId = layout.marks.reduce<{ id: string; date: string } | null>(
    (best, m) => (!best || m.item.date < best.date ? { id: m.item.id, date: m.item.date } : best),
    null,
  )?.id
  return (
    <svg
      className="timeline"
      viewBox={`0 0 ${TIMELINE_WIDTH} ${height}`}
      role="group"
      aria-label="Timeline chart of agreements and events; the list below holds the same items"
    >
      <g className="timeline__ticks">
        {layout.ticks.map((t) => (
          <g key={t.date} transform={`translate(${t.x},0)`}>
            <line y1={top - 6} y2={height} className={t.major ? 'tick tick--major' : 'tick'} />
            <text y={top - 10} className={t.major ? 'tick-label tick-label--major' : 'tick-label'}>
              {t.label}
            </text>
          </g>
        ))}
      </g>
      <g transform={`translate(0,${top})`}>
        {layout.lanes.map((l, i) => (
          <g key={l.id} className="lane" data-lane={l.id}>
            <rect
              x={0}
              y={l.y}
              width={TIMELINE_WIDTH}
              height={l.height}
              className={i % 2 ? 'lane__bg lane__bg--alt' : 'lane__bg'}
            />
            <text x={8} y={l.y + l.height / 2 + 4} className="lane__label">
              {l.label}
            </text>
            {l.bands.map((b, j) => (
              <rect
                key={j}
                x={b.x0}
                y={l.y + l.height - 4}
                width={Math.max(b.x1 - b.x0, 1)}
                height={3}
                className="lane__band"
                style={{ fill: `var(--status-${b.key})` }}
              />
            ))}
          </g>
        ))}
        {today && today !== asOf && today >= start && today <= end && (
          <g className="today today--now">
            <line x1={layout.x(today)} x2={layout.x(today)} y1={-6} y2={layout.height + 4} />
            <text x={layout.x(today) + 4} y={layout.height + 16}>
              Today
            </text>
          </g>
        )}
        {asOfX > 170 && (
          <g className="today">
            <line x1={asOfX} x2={asOfX} y1={-6} y2={layout.height + 4} />
            <text x={asOfX - 4} y={layout.height + 16} textAnchor="end">
              Data as of {formatDate(asOf, 'day', true)}
            </text>
          </g>
        )}
        {layout.marks.map((m) => {
          const a = m.item
          const last = a.statusHistory[a.statusHistory.length - 1]
          const tone = last ? AGREEMENT_STATUS_TONE[last.status] : 'neutral'
          return (
            <g
              key={a.id}
              className={`mark mark--${tone}${selected === a.id ? ' mark--selected' : ''}${a.kind === 'event' ? ' mark--event' : ''}`}
              transform={`translate(${m.x},${m.y})`}
              data-item-id={a.id}
              role="link"
              tabIndex={a.id === firstId ? 0 : -1}
              onFocus={(e) => {
                const r = e.currentTarget.getBoundingClientRect()
                onHover(a.id, r.left + r.width / 2, r.top + r.height / 2)
              }}
              onBlur={() => onHover(null)}
              aria-label={`${a.commonName ?? a.title}, ${formatDate(a.date, a.datePrecision)}, ${AGREEMENT_TYPE_LABEL[a.type]}`}
              onClick={() => onOpen(a.id)}
              onPointerEnter={(e) => onHover(a.id, e.clientX, e.clientY)}
              onPointerLeave={() => onHover(null)}
            >
              <path d={SHAPE_PATH[markShape(a.type)]} />
            </g>
          )
        })}
      </g>
    </svg>
  )
})
