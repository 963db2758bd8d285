import type { AgreementType } from '../../data/schema'
import { formatDate } from '../../lib/format'
import { DEFAULT_TIMELINE_VIEW, type TimelineView } from '../../timeline/timelineParams'
import { ChipToggles } from '../../components/ChipToggles'
import { ResourceSelect } from '../../components/ResourceSelect'
import { MonthSelect } from './MonthSelect'
import { TypeFilter } from './TypeFilter'
import type { SpanPreset } from './timelinePageModel'

/** The timeline's span presets, month range, type, resource and conflict filters; every change goes to the URL. */
export function TimelineControls({
  view,
  setView,
  presets,
  months,
  coverageStart,
  types,
  resources,
  lanes,
}: {
  view: TimelineView
  setView: (next: TimelineView) => void
  presets: readonly SpanPreset[]
  months: readonly string[]
  coverageStart: string
  types: readonly AgreementType[]
  resources: ReadonlyArray<{ id: string; name: string }>
  /** The lanes a reader can choose: one per conflict, then the minerals diplomacy. */
  lanes: ReadonlyArray<{ id: string; label: string }>
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
        <ResourceSelect
          label="Mineral or resource"
          anyLabel="Any"
          resources={resources}
          value={view.resource}
          onChange={(resource) => setView({ ...view, resource })}
          testId="resource-select"
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={view.events}
            onChange={(e) => setView({ ...view, events: e.target.checked })}
          />
          <span>Show key events</span>
        </label>
      </div>
      <TypeFilter types={types} value={view.type} onChange={(type) => setView({ ...view, type })} />
      <ChipToggles
        legend="Conflicts"
        options={lanes}
        value={view.conflict}
        onChange={(conflict) => setView({ ...view, conflict })}
      >
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
      </ChipToggles>
    </div>
  )
}
