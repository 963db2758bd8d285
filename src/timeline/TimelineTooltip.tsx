import { AgreementStatusBadge } from '../components/Badges'
import type { Agreement } from '../data/schema'
import { agreementStatus } from '../data/status'
import { formatDate } from '../lib/format'
import { AGREEMENT_TYPE_LABEL } from '../lib/labels'

/** Where a tooltip goes in its frame: right of and below the point, or above it in the frame's lower part. */
export interface TooltipAt {
  x: number
  y: number
  /** The frame's size. */
  width: number
  height: number
}

const WIDTH = 260

/** What a mark of the timeline is: title, date, type, status and a line of summary. */
export function TimelineTooltip({ item, at }: { item: Agreement; at: TooltipAt }) {
  const status = agreementStatus(item)
  const above = at.y > at.height / 2
  return (
    <div
      className={`tooltip${above ? ' tooltip--above' : ''}`}
      role="tooltip"
      style={{
        left: Math.max(0, Math.min(at.x + 12, at.width - WIDTH)),
        top: above ? at.y - 12 : at.y + 12,
      }}
    >
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
