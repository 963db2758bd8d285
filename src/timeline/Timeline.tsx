import { memo, useMemo } from 'react'
import { useHydrated } from '../lib/hooks/useHydrated'
import type { Agreement } from '../data/schema'
import { formatDate } from '../lib/format'
import { layoutTimeline, type LaneSpec } from './timelineLayout'
import { laneOf } from './timelineModel'
import { TimelineMarks } from './TimelineMarks'
import './Timeline.css'

export const TIMELINE_WIDTH = 1100
const ROW = 22

export interface TimelineProps {
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
export const Timeline = memo(function Timeline({
  items,
  lanes,
  start,
  end,
  asOf,
  selected,
  onOpen,
  onHover,
}: TimelineProps) {
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
        {/* Only inside the span: in an earlier range the data's end lies beyond its right edge. */}
        {asOf >= start && asOf <= end && (
          <g className="today">
            <line x1={asOfX} x2={asOfX} y1={-6} y2={layout.height + 4} />
            <text x={asOfX - 4} y={layout.height + 16} textAnchor="end">
              Data as of {formatDate(asOf, 'day', true)}
            </text>
          </g>
        )}
        <TimelineMarks
          marks={layout.marks}
          right={TIMELINE_WIDTH - 12}
          selected={selected}
          onOpen={onOpen}
          onHover={onHover}
        />
      </g>
    </svg>
  )
})
