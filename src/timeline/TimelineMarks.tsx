import { useMemo, useRef, useState } from 'react'
import type { Agreement } from '../data/schema'
import { formatDate } from '../lib/format'
import { AGREEMENT_STATUS_TONE, AGREEMENT_TYPE_LABEL } from '../lib/labels'
import { markLabels } from './markLabels'
import type { PlacedMark } from './timelineLayout'
import { markShape } from './typeGroups'
import '../components/svg-label.css'

export const SHAPE_PATH = {
  circle: 'M-6,0A6,6 0 1,0 6,0A6,6 0 1,0 -6,0',
  diamond: 'M0,-7L7,0L0,7L-7,0Z',
  square: 'M-5.5,-5.5H5.5V5.5H-5.5Z',
  triangle: 'M0,-6.5L6.5,5.5H-6.5Z',
} as const

type Mark = PlacedMark<Agreement & { lane: string }>

const shortName = (a: Agreement) => a.commonName ?? a.title

/**
 * The chart's marks with their short labels. One tab stop for all of them (roving
 * tabindex): arrow keys move in date order and carry the tab stop along, so Tab
 * leaves the chart from where the reader is; Enter opens.
 */
export function TimelineMarks({
  marks,
  right,
  selected,
  onOpen,
  onHover,
}: {
  marks: readonly Mark[]
  right: number
  selected: string | null
  onOpen: (id: string) => void
  onHover: (id: string | null, x?: number, y?: number) => void
}) {
  const ref = useRef<SVGGElement>(null)
  const [current, setCurrent] = useState<string | null>(null)
  const order = useMemo(
    () =>
      marks
        .map((m, i) => ({ id: m.item.id, date: m.item.date, i }))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i))
        .map((m) => m.id),
    [marks],
  )
  const labels = useMemo(() => markLabels(marks, shortName, { right }), [marks, right])
  const tabStop = current && order.includes(current) ? current : order[0]

  const hoverAt = (el: Element, id: string) => {
    const r = el.getBoundingClientRect()
    onHover(id, r.left + r.width / 2, r.top + r.height / 2)
  }
  const onKeyDown = (e: React.KeyboardEvent<SVGGElement>) => {
    const id = (e.target as Element).closest<SVGGElement>('.mark')?.dataset.itemId
    const i = id ? order.indexOf(id) : -1
    if (i < 0) return
    const last = order.length - 1
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? Math.min(i + 1, last)
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? Math.max(i - 1, 0)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null
    if (e.key === 'Enter') {
      e.preventDefault()
      onOpen(order[i]!)
      return
    }
    if (to === null) return
    e.preventDefault()
    const next = order[to]!
    setCurrent(next)
    ref.current?.querySelector<SVGGElement>(`[data-item-id="${CSS.escape(next)}"]`)?.focus()
  }

  return (
    <g ref={ref} onKeyDown={onKeyDown}>
      {marks.map((m) => {
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
            tabIndex={a.id === tabStop ? 0 : -1}
            onFocus={(e) => {
              setCurrent(a.id)
              hoverAt(e.currentTarget, a.id)
            }}
            onBlur={() => onHover(null)}
            aria-label={`${shortName(a)}, ${formatDate(a.date, a.datePrecision)}, ${AGREEMENT_TYPE_LABEL[a.type]}`}
            onClick={() => onOpen(a.id)}
            onPointerEnter={(e) => onHover(a.id, e.clientX, e.clientY)}
            onPointerLeave={() => onHover(null)}
          >
            <path d={SHAPE_PATH[markShape(a.type)]} />
          </g>
        )
      })}
      {/* Apart from the marks: a cut label is no part of a mark's name, which is whole. */}
      <g aria-hidden="true">
        {marks.map((m) => {
          const label = labels.get(m.item.id)
          return (
            label && (
              <text key={m.item.id} x={m.x + 10} y={m.y + 3.5} className="mark__label svg-halo">
                {label}
              </text>
            )
          )
        })}
      </g>
    </g>
  )
}
