import type { AgreementType, Conflict } from '../../data/schema'
import { formatDate } from '../../lib/format'
import { DEFAULT_TIMELINE_VIEW, type TimelineView } from '../../timeline/timelineParams'
import { TypeSelect } from '../../components/TypeSelect'
import { MonthSelect } from './MonthSelect'
import type { SpanPreset } from './timelinePageModel'

const toggle = <T,>(list: readonly T[], v: T): T[] => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v])

/** The timeline's span presets, month range, type, resource and conflict filters; every change goes to the URL. */
export function TimelineControls({
  view,
  setView,
  presets,
  months,
  coverageStart,
  types,
  resources,
  conflicts,
}: {
  view: TimelineView
  setView: (next: TimelineView) => void
  presets: readonly SpanPreset[]
  months: readonly string[]
  coverageStart: string
  types: readonly AgreementType[]
  resources: ReadonlyArray<{ id: string; name: string }>
  conflicts: readonly Conflict[]
}) {
  return (
    <div className="timeline-controls">
      <fieldset className="chips">
        <legend className="field__label">Span</legend>
        {presets.map((p) => (
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
          months={months}
          value={view.from}
          empty={formatDate(coverageStart, 'month')}
          onChange={(from) => setView({ ...view, from })}
          testId="from-select"
        />
        <MonthSelect
          label="To"
          months={months}
          value={view.to}
          empty="Latest"
          onChange={(to) => setView({ ...view, to })}
        />
        <TypeSelect
          label="Type"
          types={types}
          value={view.type}
          onChange={(type) => setView({ ...view, type })}
          testId="type-select"
        />
        <label className="field">
          <span className="field__label">Mineral or resource</span>
          <select
            value={view.resource ?? ''}
            onChange={(e) => setView({ ...view, resource: e.target.value || null })}
            data-testid="resource-select"
          >
            <option value="">Any</option>
            {resources.map((r) => (
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
        {conflicts.map((c) => (
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
  )
}
