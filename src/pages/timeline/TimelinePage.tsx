import { useCallback, useMemo } from 'react'
import { Link, useNavigate } from 'react-router'
import { PageMeta } from '../../components/PageMeta'
import { TimelineControls } from './TimelineControls'
import { TimelineLegend } from './TimelineParts'
import { TimelineFrameFooter, TimelineFrameHead } from './TimelineFrame'
import { AGREEMENT_TYPES } from '../../data/vocab'
import { countWord, formatDate } from '../../lib/format'
import { TimelineChart } from '../../timeline/TimelineChart'
import { TimelineList } from '../../timeline/TimelineList'
import { useTimelinePage } from './useTimelinePage'
import { timelineLanes } from './timelineLanes'
import '../../components/controls.css'
import './TimelinePage.css'

/** Every agreement and key event on one time axis, with filters, zoom presets and an accessible list. */
export function Page() {
  const { ix, model, coverageStart, end, view, setView, span, filtered, inSpan, chart } = useTimelinePage()
  const { all: ALL, resources: RESOURCES, months: MONTHS, presets: PRESETS } = model
  const peace = ALL.filter((a) => a.track === 'peace')
  const laneChoices = useMemo(
    () =>
      timelineLanes(ix, [], model.vocab.conflicts.includes('minerals-diplomacy')).map(({ id, label }) => ({
        id,
        label,
      })),
    [ix, model.vocab],
  )
  const navigate = useNavigate()
  const earlier = filtered.length - inSpan.length
  const open = useCallback((id: string) => navigate(`/deals/${id}`), [navigate])
  return (
    <div className="page page--wide timeline-page">
      <PageMeta
        title="Timeline of deals"
        description={`Every peace deal, minerals deal and key event of the ${countWord(ix.data.conflicts.length)} conflicts on one time axis, filterable by conflict, type, mineral and date.`}
      />
      <header className="page-header">
        <h1>Timeline of deals</h1>
        <p className="lede">
          {peace.filter((a) => a.kind === 'agreement').length} agreements and{' '}
          {peace.filter((a) => a.kind === 'event').length} key events across {ix.data.conflicts.length} conflicts
          {ALL.length > peace.length && `, and ${ALL.length - peace.length} minerals deals and events beyond them`}.
          Sources checked through {formatDate(end)}.
        </p>
      </header>
      <TimelineControls
        view={view}
        setView={setView}
        presets={PRESETS}
        months={MONTHS}
        coverageStart={coverageStart}
        types={AGREEMENT_TYPES.filter((t) => ALL.some((a) => a.type === t))}
        resources={RESOURCES}
        lanes={laneChoices}
      />
      <TimelineFrameHead items={inSpan} matching={filtered.length} total={ALL.length} span={span} />
      <p className="timeline-caption" aria-live="polite" data-testid="timeline-caption">
        Showing {inSpan.length} of {ALL.length} items, {formatDate(span.start, 'month')} –{' '}
        {formatDate(span.end, 'month')}
        {earlier > 0 && (
          <>
            {' '}
            · {earlier} earlier{' '}
            <button type="button" className="link-button" onClick={() => setView({ ...view, from: MONTHS[0] ?? null })}>
              show all
            </button>
          </>
        )}
      </p>
      <TimelineChart {...chart} onOpen={open} />
      <TimelineLegend />
      <TimelineFrameFooter />
      <section aria-labelledby="list-h" className="timeline-list-section">
        <h2 id="list-h">All items by month</h2>
        <TimelineList items={inSpan} />
        {inSpan.length === 0 && (
          <p className="empty">
            Nothing matches these filters. <Link to="/timeline">Reset the timeline</Link>.
          </p>
        )}
      </section>
    </div>
  )
}
