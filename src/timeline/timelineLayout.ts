/**
 * Pure layout of the agreement timeline: dates → x, one lane per conflict, marks
 * that would overlap stacked into rows, month ticks and status bands. No React;
 * linear in the number of items, so it stays fast at PA-X scale (≈2,000 deals).
 */
import { utcMonth } from 'd3-time'
import { MONTHS_SHORT } from '../lib/format'

export interface TimelineItem {
  id: string
  /** ISO date (YYYY-MM-DD). */
  date: string
  lane: string
}

export interface LaneSpec {
  id: string
  label: string
  /** Status bands along the lane: from each date until the next (or the span's end). */
  bands?: ReadonlyArray<{ date: string; key: string }>
}

export interface LayoutOptions {
  width: number
  /** Left gutter for lane labels. */
  gutter: number
  rowHeight: number
  lanePadding: number
  /** Marks closer than this (px) in one lane go on separate rows. */
  minGap: number
  start: string
  end: string
}

export interface PlacedMark<T extends TimelineItem> {
  item: T
  x: number
  y: number
  row: number
}

export interface PlacedLane {
  id: string
  label: string
  y: number
  height: number
  rows: number
  bands: Array<{ x0: number; x1: number; key: string }>
}

export interface TimelineLayout<T extends TimelineItem> {
  lanes: PlacedLane[]
  marks: Array<PlacedMark<T>>
  ticks: Array<{ x: number; label: string; major: boolean; date: string }>
  height: number
  /** Date → x within the span (clamped to the plot area). */
  x: (date: string) => number
}

const DAY = 86_400_000
const toTime = (date: string) =>
  Date.parse(date.length === 7 ? `${date}-01` : date.length === 4 ? `${date}-01-01` : date)

/** Places items on lanes in the order given; items outside the span or on unknown lanes are dropped. */
export function layoutTimeline<T extends TimelineItem>(
  items: readonly T[],
  lanes: readonly LaneSpec[],
  o: LayoutOptions,
): TimelineLayout<T> {
  const t0 = toTime(o.start)
  const t1 = Math.max(toTime(o.end), t0 + DAY)
  const plot = Math.max(o.width - o.gutter - 12, 1)
  // A clamped linear map of time to x (d3-scale's scaleUtc would bring its tick formats along).
  const scale = (t: number | Date) => o.gutter + plot * Math.min(Math.max((+t - t0) / (t1 - t0), 0), 1)
  const x = (date: string) => scale(toTime(date))

  // Bucket items per lane, sorted by date, then greedily assign rows so marks never overlap.
  const perLane = new Map<string, T[]>()
  for (const l of lanes) perLane.set(l.id, [])
  for (const it of items) {
    const t = toTime(it.date)
    if (t < t0 || t > t1) continue
    perLane.get(it.lane)?.push(it)
  }
  const marks: Array<PlacedMark<T>> = []
  const placedLanes: PlacedLane[] = []
  let y = 0
  for (const lane of lanes) {
    const list = (perLane.get(lane.id) ?? []).slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    const rowEnds: number[] = []
    const laneMarks: Array<PlacedMark<T>> = []
    for (const item of list) {
      const mx = x(item.date)
      let row = rowEnds.findIndex((end) => mx - end >= o.minGap)
      if (row < 0) {
        row = rowEnds.length
        rowEnds.push(mx)
      } else rowEnds[row] = mx
      laneMarks.push({ item, x: mx, y: 0, row })
    }
    const rows = Math.max(rowEnds.length, 1)
    const height = rows * o.rowHeight + 2 * o.lanePadding
    for (const m of laneMarks) {
      m.y = y + o.lanePadding + m.row * o.rowHeight + o.rowHeight / 2
      marks.push(m)
    }
    const bands = (lane.bands ?? [])
      .map((b, i, all) => {
        const next = all[i + 1]
        return { x0: x(b.date), x1: next ? x(next.date) : x(o.end), key: b.key }
      })
      .filter((b) => b.x1 > b.x0)
    placedLanes.push({ id: lane.id, label: lane.label, y, height, rows, bands })
    y += height
  }

  // Month ticks (the first of each month in the span); labels thin out as the span grows so they never collide.
  const months = (t1 - t0) / (30.44 * DAY)
  const every = months <= 14 ? 1 : months <= 30 ? 3 : months <= 72 ? 6 : 12
  const ticks: TimelineLayout<T>['ticks'] = utcMonth
    .every(every)!
    .range(new Date(t0), new Date(t1 + 1))
    .map((d) => {
      const m = d.getUTCMonth()
      return {
        x: scale(d),
        label: m === 0 ? String(d.getUTCFullYear()) : (MONTHS_SHORT[m] ?? ''),
        major: m === 0,
        date: d.toISOString().slice(0, 10),
      }
    })
  return { lanes: placedLanes, marks, ticks, height: y, x }
}
