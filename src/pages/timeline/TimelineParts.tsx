import { AgreementStatusBadge } from '../../components/Badges'
import type { Agreement } from '../../data/schema'
import { agreementStatus } from '../../data/status'
import { formatDate } from '../../lib/format'
import { AGREEMENT_TYPE_LABEL, CONFLICT_STATUS_LABEL } from '../../lib/labels'
import { SHAPE_PATH } from '../../timeline/Timeline'

/** What a mark of the timeline is: title, date, type, status and a line of summary. */
export function TimelineTooltip({ item, at }: { item: Agreement; at: { x: number; y: number; width: number } }) {
  const status = agreementStatus(item)
  return (
    <div className="tooltip" role="tooltip" style={{ left: Math.min(at.x + 12, at.width - 260), top: at.y + 12 }}>
      <strong>{item.commonName ?? item.title}</strong>
      <span>
        {formatDate(item.date, item.datePrecision)} · {AGREEMENT_TYPE_LABEL[item.type]}
      </span>
      {status && <AgreementStatusBadge status={status.status} />}
      <span>{item.summary.length > 160 ? `${item.summary.slice(0, 157)}…` : item.summary}</span>
      <span className="tooltip__hint">Click or press Enter to open</span>
    </div>
  )
}

/** The key to the timeline's shapes, colours and status bands. */
export function TimelineLegend() {
  return (
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
  )
}
