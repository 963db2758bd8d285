import { PageMeta } from '../../components/PageMeta'
import { assetUrl } from '../../lib/site'
import { TimelineChart } from '../../timeline/TimelineChart'
import { TimelineFrameFooter, TimelineFrameHead } from '../timeline/TimelineFrame'
import { TimelineLegend } from '../timeline/TimelineParts'
import { useTimelinePage } from '../timeline/useTimelinePage'
import '../../components/tooltip.css'
import '../timeline/TimelinePage.css'

/** `/embed/timeline`: the timeline in its frame, its view (span, filters) from the URL, for other sites. */
export function Page() {
  const { model, span, filtered, inSpan, chart } = useTimelinePage()
  return (
    <section className="timeline-page timeline-embed" data-frame aria-label="Timeline">
      <PageMeta
        title="Timeline of deals (embed)"
        description="Every peace deal, minerals deal and key event on one time axis."
      />
      <TimelineFrameHead items={inSpan} matching={filtered.length} total={model.all.length} span={span} titleAs="h1" />
      <TimelineChart {...chart} onOpen={(id) => window.open(assetUrl(`deals/${id}`), '_blank', 'noopener')} />
      <TimelineLegend />
      <TimelineFrameFooter />
    </section>
  )
}
