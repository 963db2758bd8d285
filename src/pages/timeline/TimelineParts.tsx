import { statusToken } from '../../components/Badges'
import { CONFLICT_STATUSES } from '../../data/vocab'
import { CONFLICT_STATUS_LABEL } from '../../lib/labels'
import { TYPE_GROUPS } from '../../timeline/typeGroups'
import { ShapeIcon } from './TypeFilter'

/** The key to the timeline: shapes (the type filter's groups), mark colours, and the status band's colours. */
export function TimelineLegend() {
  return (
    <div className="timeline-legend" aria-label="Legend" role="group">
      <p className="timeline-legend__row">
        <span className="timeline-legend__head">Marks</span>
        {TYPE_GROUPS.map((g) => (
          <span key={g.id}>
            <ShapeIcon shape={g.shape} />
            {g.label}
          </span>
        ))}
      </p>
      <p className="timeline-legend__row">
        <span className="timeline-legend__head">Mark colour</span>
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
      </p>
      <p className="timeline-legend__row" data-testid="status-band-key">
        <span className="timeline-legend__head">Band under each lane: the conflict&rsquo;s status</span>
        {CONFLICT_STATUSES.map((s) => (
          <span key={s}>
            <span
              className="timeline-band-swatch"
              aria-hidden="true"
              style={{ background: `var(--status-${statusToken(s)})` }}
            />
            {CONFLICT_STATUS_LABEL[s]}
          </span>
        ))}
      </p>
    </div>
  )
}
