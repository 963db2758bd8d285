/** Pure: which agreements a timeline view shows, and the default span. */
import { utcMonth } from 'd3-time'
import type { Agreement } from '../data/schema'
import { agreementsOfResource, compareDates, type DatasetIndex } from '../data/selectors'
import { endOfMonth, type TimelineView } from './timelineParams'

/**
 * The lane an item sits in: its conflict's on the peace track; the minerals-diplomacy
 * track has a lane of its own, apart from the peace deals, even where a deal is tied to
 * a conflict.
 */
export const laneOf = (a: Pick<Agreement, 'track' | 'conflict'>): string =>
  a.track === 'peace' && a.conflict ? a.conflict : 'minerals-diplomacy'

export function filterTimeline(ix: DatasetIndex, items: readonly Agreement[], v: TimelineView): Agreement[] {
  const resourceDeals = v.resource ? new Set(agreementsOfResource(ix, v.resource).map((a) => a.id)) : null
  const from = v.from ? `${v.from}-01` : null
  const to = v.to ? endOfMonth(v.to) : null
  return items.filter(
    (a) =>
      (v.events || a.kind === 'agreement') &&
      (v.conflict.length === 0 || v.conflict.includes(laneOf(a))) &&
      (v.type.length === 0 || v.type.includes(a.type)) &&
      (!resourceDeals || resourceDeals.has(a.id)) &&
      (!from || a.date >= from) &&
      (!to || a.date <= to),
  )
}

/** The span to draw: the view's months, else from the start of the atlas's coverage to the data's end. */
export function timelineSpan(v: TimelineView, coverageStart: string, end: string): { start: string; end: string } {
  return { start: v.from ? `${v.from}-01` : coverageStart, end: v.to ? endOfMonth(v.to) : end }
}

/** Items grouped by month (`YYYY-MM`), oldest first. */
export function groupByMonth<T extends { date: string }>(items: readonly T[]): Array<{ month: string; items: T[] }> {
  const groups = new Map<string, T[]>()
  for (const it of [...items].sort((a, b) => compareDates(a.date, b.date))) {
    const m = it.date.slice(0, 7)
    const list = groups.get(m)
    if (list) list.push(it)
    else groups.set(m, [it])
  }
  return [...groups].map(([month, list]) => ({ month, items: list }))
}

/**
 * Every month (`YYYY-MM`) from the month of `start` to that of `end`, both
 * included; dates may be `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Empty when end is before start.
 */
export function monthsBetween(start: string, end: string): string[] {
  const first = utcMonth.floor(new Date(Date.UTC(...ymd(start))))
  const last = utcMonth.floor(new Date(Date.UTC(...ymd(end))))
  return utcMonth.range(first, utcMonth.offset(last, 1)).map((d) => d.toISOString().slice(0, 7))
}

const ymd = (date: string): [number, number, number] => {
  const [y, m, d] = date.split('-').map(Number)
  return [y ?? 1970, (m ?? 1) - 1, d ?? 1]
}
