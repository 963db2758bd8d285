import { describeRollUp, type RollUp } from '../data/implementation'
import { formatDate } from '../lib/format'
import { PROVISION_STATE_LABEL } from '../lib/labels'
import './ImplementationChart.css'

/**
 * A deal's provisions by their latest sourced status: one stacked bar (for the eye)
 * and the same counts as a list (for everyone, and without styles).
 */
export function ImplementationChart({ rollUp, compact = false }: { rollUp: RollUp; compact?: boolean }) {
  const shown = rollUp.counts.filter((c) => c.count > 0)
  return (
    <figure className={`impl-chart${compact ? ' impl-chart--compact' : ''}`} data-testid="implementation-chart">
      <figcaption>
        {describeRollUp(rollUp)}
        {rollUp.asOf && <span className="muted"> Newest entry: {formatDate(rollUp.asOf, 'day', true)}.</span>}
      </figcaption>
      <div className="impl-chart__bar" aria-hidden="true">
        {shown.map((c) => (
          <span
            key={c.state}
            className={`impl-chart__seg pstate--${c.state}`}
            style={{ flexGrow: c.count }}
            title={`${PROVISION_STATE_LABEL[c.state]}: ${c.count}`}
          />
        ))}
      </div>
      <ul className="impl-chart__legend">
        {shown.map((c) => (
          <li key={c.state} data-state={c.state}>
            <span className={`impl-chart__key pstate--${c.state}`} aria-hidden="true" />
            {PROVISION_STATE_LABEL[c.state]}: <strong>{c.count}</strong>
          </li>
        ))}
      </ul>
    </figure>
  )
}
