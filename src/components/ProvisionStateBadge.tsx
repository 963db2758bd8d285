import type { ProvisionState } from '../data/implementation'
import { formatDate } from '../lib/format'
import { PROVISION_STATE_LABEL, PROVISION_STATE_TONE } from '../lib/labels'
import './Badges.css'
import './ImplementationChart.css'

/** A provision's latest sourced status as a badge; "No sourced status" when no source gives one. */
export function ProvisionStateBadge({ state, asOf }: { state: ProvisionState; asOf?: string | null }) {
  return (
    <span className={`badge badge--${PROVISION_STATE_TONE[state]} pstate pstate--${state}`} data-state={state}>
      <span className="badge__dot" aria-hidden="true" />
      {PROVISION_STATE_LABEL[state]}
      {asOf && <span className="badge__asof"> · as of {formatDate(asOf, 'day', true)}</span>}
    </span>
  )
}
