import { useCallback, useMemo, useRef, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { AgreementStatusBadge } from '../components/Badges'
import { PageMeta } from '../components/PageMeta'
import { statusToken } from '../components/Badges'
import { INDEX } from '../data/dataset'
import type { Agreement } from '../data/schema'
import { AGREEMENT_TYPES } from '../data/vocab'
import { formatDate } from '../lib/format'
import { AGREEMENT_TYPE_LABEL, CONFLICT_STATUS_LABEL } from '../lib/labels'
import { useUrlState } from '../lib/useUrlState'
import { SHAPE_PATH, Timeline } from '../timeline/Timeline'
import { TimelineList } from '../timeline/TimelineList'
import { filterTimeline, timelineSpan } from '../timeline/timelineModel'
import {
  parseTimelineParams,
  toTimelineParams,
  type TimelineView,
  DEFAULT_TIMELINE_VIEW,
} from '../timeline/timelineParams'
import type { LaneSpec } from '../timeline/timelineLayout'
import '../components/controls.css'
import '../components/tooltip.css'
import './TimelinePage.css'

const ALL = INDEX.data.agreements
const RESOURCES = INDEX.data.resources
  .filter((r) => INDEX.data.stakes.some((s) => s.resource === r.id && s.agreements.length > 0))
  .sort((a, b) => a.name.localeCompare(b.name))
const VOCAB = {
  conflicts: INDEX.data.conflicts.map((c) => c.id),
  resources: RESOURCES.map((r) => r.id),
  items: ALL.map((a) => a.id),
}
const parse = (sp: URLSearchParams) => parseTimelineParams(sp, VOCAB)
const MONTHS = (() => {
  const out: string[] = []
  const first = ALL.reduce((m, a) => (a.date < m ? a.date : m), INDEX.data.meta.released).slice(0, 4)
  for (let y = Number(first); y <= Number(INDEX.data.meta.released.slice(0, 4)); y++)
    for (let m = 1; m <= 12; m++) out.push(`${y}-${String(m).padStart(2, '0')}`)
  return out.filter((m) => m <= INDEX.data.meta.released.slice(0, 7))
})()
const PRESETS: Array<{ label: string; from: string | null; to: string | null }> = [
  { label: '2025 onward', from: null, to: null },
  { label: 'All, from 2020', from: MONTHS[0] ?? null, to: null },
  { label: 'First half 2025', from: '2025-01', to: '2025-06' },
  { label: 'Second half 2025', from: '2025-07', to: '2025-12' },
  { label: '2026', from: '2026-01', to: null },
]

/** Every agreement and key event on one time axis, with filters, zoom presets and an accessible list. */
export function TimelinePage() {
  const [view, setView] = useUrlState<TimelineView>(parse, toTimelineParams)
  const navigate = useNavigate()
  const [hover, setHover] = useState<{ id: string; x: number; y: number; width: number } | null>(null)
  const wrapRef = useRef<HTMLDivElement>(null)

  const span = timelineSpan(view, INDEX.data.meta.released)
  const filtered = useMemo(() => filterTimeline(INDEX, ALL, view), [view])
  const inSpan = useMemo(
    () => filtered.filter((a) => a.date >= span.start && a.date <= span.end),
    [filtered, span.start, span.end],
  )
  const earlier = filtered.length - inSpan.length
  const lanes: LaneSpec[] = useMemo(
    () =>
      INDEX.data.conflicts
        .filter((c) => view.conflict.length === 0 || view.conflict.includes(c.id))
        .map((c) => ({
          id: c.id,
          label: c.shortName,
          bands: c.statusHistory.map((s) => ({ date: s.date, key: statusToken(s.status) })),
        })),
    [view.conflict],
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
  const hovered: Agreement | undefined = hover ? INDEX.agreements.get(hover.id) : undefined
  const toggle = <T,>(list: readonly T[], v: T): T[] => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v])

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
        description="Every peace deal, minerals deal and key event of the nine conflicts on one time axis, filterable by conflict, type, mineral and date."
      />
      <header className="page-header">
        <h1>Timeline of deals</h1>
        <p className="lede">
          {ALL.filter((a) => a.kind === 'agreement').length} agreements and{' '}
          {ALL.filter((a) => a.kind === 'event').length} key events across {INDEX.data.conflicts.length} conflicts. Data
          as of {formatDate(INDEX.data.meta.released)}.
        </p>
      </header>
      <div className="timeline-controls">
        <fieldset className="chips">
          <legend className="field__label">Span</legend>
          {PRESETS.map((p) => (
            <button
              key={p.label}
              type="button"
              className={`chip-button${view.from === p.from && view.to === p.to ? ' is-active' : ''}`}
              aria-pressed={view.from === p.from && view.to === p.to}
              onClick={() => setView({ ...view, from: p.from, to: p.to })}
            >
              {p.label}
            </button>
          ))}
        </fieldset>
        <div className="control-row">
          <MonthSelect
            label="From"
            value={view.from}
            empty="January 2025"
            onChange={(from) => setView({ ...view, from })}
            testId="from-select"
          />
          <MonthSelect label="To" value={view.to} empty="Latest" onChange={(to) => setView({ ...view, to })} />
          <label className="field">
            <span className="field__label">Type</span>
            <select
              value={view.type[0] ?? ''}
              onChange={(e) => setView({ ...view, type: e.target.value ? [e.target.value as Agreement['type']] : [] })}
              data-testid="type-select"
            >
              <option value="">Any type</option>
              {AGREEMENT_TYPES.filter((t) => ALL.some((a) => a.type === t)).map((t) => (
                <option key={t} value={t}>
                  {AGREEMENT_TYPE_LABEL[t]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">Mineral or resource</span>
            <select
              value={view.resource ?? ''}
              onChange={(e) => setView({ ...view, resource: e.target.value || null })}
              data-testid="resource-select"
            >
              <option value="">Any</option>
              {RESOURCES.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={view.events}
              onChange={(e) => setView({ ...view, events: e.target.checked })}
            />
            <span>Show key events</span>
          </label>
        </div>
        <fieldset className="chips">
          <legend className="field__label">Conflicts</legend>
          {INDEX.data.conflicts.map((c) => (
            <label key={c.id} className="chip-toggle">
              <input
                type="checkbox"
                checked={view.conflict.includes(c.id)}
                onChange={() => setView({ ...view, conflict: toggle(view.conflict, c.id) })}
              />
              <span>{c.shortName}</span>
            </label>
          ))}
          {(view.conflict.length > 0 ||
            view.type.length > 0 ||
            view.resource ||
            view.from ||
            view.to ||
            !view.events) && (
            <button type="button" className="button button--ghost" onClick={() => setView(DEFAULT_TIMELINE_VIEW)}>
              Reset
            </button>
          )}
        </fieldset>
      </div>
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
          asOf={INDEX.data.meta.released}
          selected={view.selected}
          onOpen={open}
          onHover={onHover}
        />
        {hovered && hover && (
          <div
            className="tooltip"
            role="tooltip"
            style={{ left: Math.min(hover.x + 12, hover.width - 260), top: hover.y + 12 }}
          >
            <strong>{hovered.commonName ?? hovered.title}</strong>
            <span>
              {formatDate(hovered.date, hovered.datePrecision)} · {AGREEMENT_TYPE_LABEL[hovered.type]}
            </span>
            {hovered.statusHistory.at(-1) && <AgreementStatusBadge status={hovered.statusHistory.at(-1)!.status} />}
            <span>{hovered.summary.length > 160 ? `${hovered.summary.slice(0, 157)}…` : hovered.summary}</span>
            <span className="tooltip__hint">Click or press Enter to open</span>
          </div>
        )}
      </div>
      <div className="timeline-legend" aria-label="Legend">
        {(['circle', 'diamond', 'square', 'triangle'] as const).map((s) => (
          <span key={s}>
            <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
              <path d={SHAPE_PATH[s]} className="legend-mark" />
            </svg>
            {
              {
                circle: 'Ceasefire',
                diamond: 'Peace text, framework or resolution',
                square: 'Minerals, economic or trade deal',
                triangle: 'Key event',
              }[s]
            }
          </span>
        ))}
        <span>
          <span className="timeline-swatch timeline-swatch--good" aria-hidden="true" /> signed, in force or holding
        </span>
        <span>
          <span className="timeline-swatch timeline-swatch--warn" aria-hidden="true" /> suspended or not signed
        </span>
        <span>
          <span className="timeline-swatch timeline-swatch--bad" aria-hidden="true" /> violated or collapsed
        </span>
        <span>
          <span className="timeline-swatch timeline-swatch--neutral" aria-hidden="true" /> proposed, initialled or event
        </span>
        <span className="muted">
          Coloured band under each lane: the conflict&rsquo;s status (
          {Object.values(CONFLICT_STATUS_LABEL).join(', ').toLowerCase()}).
        </span>
      </div>
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

function MonthSelect({
  label,
  value,
  empty,
  onChange,
  testId,
}: {
  label: string
  value: string | null
  empty: string
  onChange: (month: string | null) => void
  testId?: string
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} data-testid={testId}>
        <option value="">{empty}</option>
        {MONTHS.map((m) => (
          <option key={m} value={m}>
            {formatDate(m)}
          </option>
        ))}
      </select>
    </label>
  )
}
