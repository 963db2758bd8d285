/** Pure: which agreements a timeline view shows, and the default span. */
import { utcMonth } from 'd3-time'
import type { Agreement } from '../data/schema'
import { agreementsOfResource, compareDates, type DatasetIndex } from '../data/selectors'
import { endOfMonth, type TimelineView } from './timelineParams'

export function filterTimeline(ix: DatasetIndex, items: readonly Agreement[], v: TimelineView): Agreement[] {
  const resourceDeals = v.resource ? new Set(agreementsOfResource(ix, v.resource).map((a) => a.id)) : null
  const from = v.from ? `${v.from}-01` : null
  const to = v.to ? endOfMonth(v.to) : null
  return items.filter(
    (a) =>
      (v.events || a.kind === 'agreement') &&
      (v.conflict.length === 0 || v.conflict.includes(a.conflict ?? a.track)) &&
      (v.type.length === 0 || v.type.includes(a.type)) &&
      (!resourceDeals || resourceDeals.has(a.id)) &&
      (!from || a.date >= from) &&
      (!to || a.date <= to),
  )
}

/** The span to draw: the view's months, else January 2025 (the year of deal-making) to the data's date. */
export function timelineSpan(v: TimelineView, asOf: string): { start: string; end: string } {
  return { start: v.from ? `${v.from}-01` : '2025-01-01', end: v.to ? endOfMonth(v.to) : asOf }
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
