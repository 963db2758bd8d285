import { useCallback, useMemo } from 'react'
import { useAtlas, useRootData } from '../../lib/hooks/atlasContext'
import { useUrlState } from '../../lib/hooks/useUrlState'
import { filterTimeline, timelineSpan } from '../../timeline/timelineModel'
import { parseTimelineParams, toTimelineParams, type TimelineView } from '../../timeline/timelineParams'
import { timelineLanes } from './timelineLanes'
import { timelinePageModel } from './timelinePageModel'

/**
 * What the timeline page and its embed both draw: the page's model, the view the URL
 * holds, its span, the items that match and those in the span, and the chart's props
 * (all but what opening an item does, which differs).
 */
export function useTimelinePage() {
  const ix = useAtlas()
  const { coverageStart, meta } = useRootData()
  const end = meta.sourcesCheckedThrough
  const model = useMemo(() => timelinePageModel(ix, coverageStart, end), [ix, coverageStart, end])
  const { all, vocab } = model
  const parse = useCallback((sp: URLSearchParams) => parseTimelineParams(sp, vocab), [vocab])
  const [view, setView] = useUrlState<TimelineView>(parse, toTimelineParams)
  const span = timelineSpan(view, coverageStart, end)
  const filtered = useMemo(() => filterTimeline(ix, all, view), [ix, all, view])
  const inSpan = useMemo(
    () => filtered.filter((a) => a.date >= span.start && a.date <= span.end),
    [filtered, span.start, span.end],
  )
  const lanes = useMemo(
    () => timelineLanes(ix, view.conflict, vocab.conflicts.includes('minerals-diplomacy')),
    [ix, vocab, view.conflict],
  )
  const chart = { items: inSpan, lanes, start: span.start, end: span.end, asOf: end, selected: view.selected }
  return { ix, model, coverageStart, end, view, setView, span, filtered, inSpan, chart }
}
