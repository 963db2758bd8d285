/**
 * The timeline's social card: its lanes at the social size (each conflict's
 * status bands and a dot for each deal or event, over the atlas's whole span),
 * with the frame's title, subtitle, key and credit. Pure.
 */
import { creditLinesOf } from '../../components/frame/creditLines'
import { latestEventDate } from '../../data/freshness'
import { CONFLICT_STATUS_ORDER } from '../../data/selectors'
import { statusToken } from '../../components/Badges'
import { formatDate } from '../../lib/format'
import { CONFLICT_STATUS_LABEL } from '../../lib/labels'
import { freshnessText } from '../conflict/conflictMapText'
import { timelineChart } from '../../og/cardCharts'
import type { SocialCard } from '../../og/socialImage'
import { laneOf } from '../../timeline/timelineModel'
import type { BuildContext } from '../routeTypes'
import { TIMELINE_SOURCES, timelineFrameText } from './timelineFrame'
import { timelineLanes } from './timelineLanes'

export function timelineCard({ ix }: BuildContext): SocialCard {
  const { meta, agreements, conflicts } = ix.data
  const span = { start: meta.coverageFrom, end: meta.sourcesCheckedThrough }
  const items = agreements.map((a) => ({ id: a.id, date: a.date, lane: laneOf(a) }))
  const shown = items.filter((a) => a.date >= span.start && a.date <= span.end).length
  const latest = latestEventDate(conflicts, agreements) ?? span.end
  const text = timelineFrameText({
    shown,
    matching: agreements.length,
    total: agreements.length,
    span,
    latestEvent: latest,
    checkedThrough: span.end,
  })
  const used = new Set(conflicts.flatMap((c) => c.statusHistory.map((s) => s.status)))
  return {
    title: text.title,
    subtitle:
      `${shown} deals and events, a dot each, one lane per conflict, each lane shaded by the conflict's status ` +
      `over time. ${freshnessText(latest, span.end, formatDate)}`,
    legend: CONFLICT_STATUS_ORDER.filter((s) => used.has(s)).map((s) => ({
      label: CONFLICT_STATUS_LABEL[s],
      fill: `var(--status-${statusToken(s)}-soft)`,
    })),
    footer: creditLinesOf(TIMELINE_SOURCES, meta.license, '/timeline'),
    chart: timelineChart(
      timelineLanes(
        ix,
        [],
        agreements.some((a) => a.track === 'minerals-diplomacy'),
      ),
      items,
      span,
    ),
  }
}
