import { useCallback, useMemo } from 'react'
import { PageMeta } from '../../components/PageMeta'
import { useAtlas, useRootData } from '../../lib/hooks/atlasContext'
import { useUrlState } from '../../lib/hooks/useUrlState'
import { assetUrl } from '../../lib/site'
import { TimelineChart } from '../../timeline/TimelineChart'
import { filterTimeline, timelineSpan } from '../../timeline/timelineModel'
import { parseTimelineParams, toTimelineParams, type TimelineView } from '../../timeline/timelineParams'
import { TimelineFrameFooter, TimelineFrameHead } from '../timeline/TimelineFrame'
import { TimelineLegend } from '../timeline/TimelineParts'
import { timelinePageModel } from '../timeline/timelinePageModel'
import { timelineLanes } from '../timeline/timelineLanes'
import '../../components/tooltip.css'
import '../timeline/TimelinePage.css'

/** `/embed/timeline`: the timeline in its frame, its view (span, filters) from the URL, for other sites. */
export function Page() {
  const ix = useAtlas()
  const { coverageStart, meta } = useRootData()
  const end = meta.sourcesCheckedThrough
  const { all, vocab } = useMemo(() => timelinePageModel(ix, coverageStart, end), [ix, coverageStart, end])
  const parse = useCallback((sp: URLSearchParams) => parseTimelineParams(sp, vocab), [vocab])
  const [view] = useUrlState<TimelineView>(parse, toTimelineParams)
  const span = timelineSpan(view, coverageStart, end)
  const filtered = useMemo(() => filterTimeline(ix, all, view), [ix, all, view])
  const inSpan = filtered.filter((a) => a.date >= span.start && a.date <= span.end)
  const lanes = useMemo(
    () => timelineLanes(ix, view.conflict, vocab.conflicts.includes('minerals-diplomacy')),
    [ix, view.conflict, vocab],
  )
  return (
    <section className="timeline-page timeline-embed" data-frame aria-label="Timeline">
      <PageMeta
        title="Timeline of deals (embed)"
        description="Every peace deal, minerals deal and key event on one time axis."
      />
      <TimelineFrameHead items={inSpan} matching={filtered.length} total={all.length} span={span} titleAs="h1" />
      <TimelineChart
        items={inSpan}
        lanes={lanes}
        start={span.start}
        end={span.end}
        asOf={end}
        selected={view.selected}
        onOpen={(id) => window.open(assetUrl(`deals/${id}`), '_blank', 'noopener')}
      />
      <TimelineLegend />
      <TimelineFrameFooter />
    </section>
  )
}
