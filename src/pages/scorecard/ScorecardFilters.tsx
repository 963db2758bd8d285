import type { ConflictStatus } from '../../data/schema'
import { CONFLICT_STATUS_LABEL } from '../../lib/labels'
import { DEFAULT_SCORECARD_VIEW, type ScorecardView } from './scorecardParams'

const toggle = <T,>(list: readonly T[], v: T): T[] => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v])

/** The scorecard's filters: the claim, the current status, a minerals or economic clause. Each change goes to the URL. */
export function ScorecardFilters({
  view,
  setView,
  statuses,
}: {
  view: ScorecardView
  setView: (next: ScorecardView) => void
  /** The current statuses the rows hold, in the vocabulary's order. */
  statuses: readonly ConflictStatus[]
}) {
  const filtered = view.counted !== null || view.status.length > 0 || view.clause
  return (
    <div className="control-row scorecard-filters" data-testid="scorecard-filters">
      <label className="field">
        <span className="field__label">White House claim</span>
        <select
          value={view.counted ?? ''}
          onChange={(e) =>
            setView({ ...view, counted: e.target.value === '' ? null : (e.target.value as 'yes' | 'no') })
          }
        >
          <option value="">Any</option>
          <option value="yes">Counted as ended</option>
          <option value="no">Not counted</option>
        </select>
      </label>
      <fieldset className="chips">
        <legend className="field__label">Status now</legend>
        {statuses.map((s) => (
          <label key={s} className="chip-toggle">
            <input
              type="checkbox"
              checked={view.status.includes(s)}
              onChange={() => setView({ ...view, status: toggle(view.status, s) })}
            />
            <span>{CONFLICT_STATUS_LABEL[s]}</span>
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={view.clause} onChange={() => setView({ ...view, clause: !view.clause })} />
        With a minerals or economic clause
      </label>
      {filtered && (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => setView({ ...DEFAULT_SCORECARD_VIEW, sort: view.sort, desc: view.desc })}
        >
          Clear filters
        </button>
      )}
    </div>
  )
}
