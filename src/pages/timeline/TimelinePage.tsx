import { useCallback, useMemo, useRef, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { PageMeta } from '../../components/PageMeta'
import { statusToken } from '../../components/Badges'
import { useAtlas, useRootData } from '../../lib/hooks/atlasContext'
import { TimelineControls } from './TimelineControls'
import { TimelineLegend, TimelineTooltip } from './TimelineParts'
import { TimelineFrameFooter, TimelineFrameHead } from './TimelineFrame'
import { timelinePageModel } from './timelinePageModel'
import type { Agreement } from '../../data/schema'
import { AGREEMENT_TYPES } from '../../data/vocab'
import { countWord, formatDate } from '../../lib/format'
import { useUrlState } from '../../lib/hooks/useUrlState'
import { Timeline } from '../../timeline/Timeline'
import { TimelineList } from '../../timeline/TimelineList'
import { filterTimeline, timelineSpan } from '../../timeline/timelineModel'
import { parseTimelineParams, toTimelineParams, type TimelineView } from '../../timeline/timelineParams'
import type { LaneSpec } from '../../timeline/timelineLayout'
import '../../components/controls.css'
import '../../components/tooltip.css'
import './TimelinePage.css'

/** Every agreement and key event on one time axis, with filters, zoom presets and an accessible list. */
export function Page() {
  const ix = useAtlas()
  const { coverageStart, meta } = useRootData()
  const end = meta.sourcesCheckedThrough
  const {
    all: ALL,
    resources: RESOURCES,
    vocab,
    months: MONTHS,
    presets: PRESETS,
  } = useMemo(() => timelinePageModel(ix, coverageStart, end), [ix, coverageStart, end])
  const peace = ALL.filter((a) => a.track === 'peace')
  const parse = useCallback((sp: URLSearchParams) => parseTimelineParams(sp, vocab), [vocab])
  const [view, setView] = useUrlState<TimelineView>(parse, toTimelineParams)
  const navigate = useNavigate()
  const [hover, setHover] = useState<{ id: string; x: number; y: number; width: number } | null>(null)
  const wrapRef = useRef<HTMLDivElement>(null)

  const span = timelineSpan(view, coverageStart, end)
  const filtered = useMemo(() => filterTimeline(ix, ALL, view), [ix, ALL, view])
  const inSpan = useMemo(
    () => filtered.filter((a) => a.date >= span.start && a.date <= span.end),
    [filtered, span.start, span.end],
  )
  const earlier = filtered.length - inSpan.length
  const lanes: LaneSpec[] = useMemo(
    () =>
      ix.data.conflicts
        .filter((c) => view.conflict.length === 0 || view.conflict.includes(c.id))
        .map((c) => ({
          id: c.id,
          label: c.shortName,
          bands: c.statusHistory.map((s) => ({ date: s.date, key: statusToken(s.status) })),
        }))
        .concat(
          vocab.conflicts.includes('minerals-diplomacy') &&
            (view.conflict.length === 0 || view.conflict.includes('minerals-diplomacy'))
            ? [{ id: 'minerals-diplomacy', label: 'Minerals diplomacy', bands: [] }]
            : [],
        ),
    [ix, vocab, view.conflict],
  )
  const open = useCallback((id: string) => navigate(`/deals/${id}`), [navigate])
  const onHover = useCallback((id: string | null, x?: number, y?: number) => {
    const box = wrapRef.current?.getBoundingClientRect()
    setHover(
      id && box && x !== undefined && y !== undefined
        ? { id, x: x - box.left, y: y - box.top, width: box.width }
        : null,
    )
  }, [])
  const hovered: Agreement | undefined = hover ? ix.agreements.get(hover.id) : undefined

  // Arrow keys move between marks (one tab stop for the whole chart); Enter opens.
  const onChartKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const marks = [...(wrapRef.current?.querySelectorAll<SVGGElement>('.mark') ?? [])].sort(
      (a, b) =>
        Number(a.getAttribute('transform')?.match(/[\d.]+/)?.[0]) -
        Number(b.getAttribute('transform')?.match(/[\d.]+/)?.[0]),
    )
    if (marks.length === 0) return
    const i = marks.findIndex((m) => m === document.activeElement)
    let next: SVGGElement | undefined
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = marks[Math.min(i + 1, marks.length - 1)]
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = marks[Math.max(i - 1, 0)]
    else if (e.key === 'Home') next = marks[0]
    else if (e.key === 'End') next = marks[marks.length - 1]
    else if (e.key === 'Enter' && i >= 0) {
      const id = marks[i]?.dataset.itemId
      if (id) open(id)
      return
    } else return
    e.preventDefault()
    if (next) {
      next.focus()
      const r = next.getBoundingClientRect()
      onHover(next.dataset.itemId ?? null, r.left + r.width / 2, r.top + r.height / 2)
    }
  }

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
        conflicts={ix.data.conflicts}
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
      <div className="timeline-wrap" ref={wrapRef} onKeyDown={onChartKey}>
        <Timeline
          items={inSpan}
          lanes={lanes}
          start={span.start}
          end={span.end}
          asOf={end}
          selected={view.selected}
          onOpen={open}
          onHover={onHover}
        />
        {hovered && hover && <TimelineTooltip item={hovered} at={hover} />}
      </div>
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
