import type { AgreementStatus, ConflictStatus, Verification } from '../data/schema'
import { formatDate } from '../lib/format'
import {
  AGREEMENT_STATUS_LABEL,
  AGREEMENT_STATUS_TONE,
  CONFLICT_STATUS_LABEL,
  CONFLICT_STATUS_TONE,
  VERIFICATION_LABEL,
} from '../lib/labels'
import './Badges.css'

export function ConflictStatusBadge({ status, asOf }: { status: ConflictStatus; asOf?: string }) {
  return (
    <span className={`badge badge--${CONFLICT_STATUS_TONE[status]}`} data-status={status}>
      <span className="badge__dot" aria-hidden="true" style={{ background: `var(--status-${statusToken(status)})` }} />
      {CONFLICT_STATUS_LABEL[status]}
      {asOf && <span className="badge__asof"> · as of {formatDate(asOf)}</span>}
    </span>
  )
}

export const statusToken = (s: ConflictStatus): string =>
  ({
    'active-conflict': 'active',
    'deal-suspended': 'suspended',
    ceasefire: 'ceasefire',
    'peace-process': 'process',
    'no-armed-conflict': 'none',
  })[s]

export function AgreementStatusBadge({ status, asOf }: { status: AgreementStatus; asOf?: string }) {
  return (
    <span className={`badge badge--${AGREEMENT_STATUS_TONE[status]}`} data-status={status}>
      {AGREEMENT_STATUS_LABEL[status]}
      {asOf && <span className="badge__asof"> · as of {formatDate(asOf)}</span>}
    </span>
  )
}

/** Nothing for verified facts; a visible tag for weaker ones. */
export function VerificationTag({ level }: { level: Verification }) {
  if (level === 'verified') return null
  return (
    <span
      className={`vtag vtag--${level}`}
      title={
        level === 'secondary'
          ? 'Seen only in a secondary source (mirror, aggregator or copy)'
          : 'No source confirms this'
      }
    >
      {VERIFICATION_LABEL[level]}
    </span>
  )
}
