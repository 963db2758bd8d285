import { AgreementStatusBadge } from '../../components/Badges'
import type { DealModel } from './dealModel'

/** Where the deal stands now, with the date of that status and its words; nothing when no status is sourced. */
export function DealStatusLine({ status }: { status: DealModel['status'] }) {
  if (!status) return null
  return (
    <p data-testid="deal-status">
      <AgreementStatusBadge status={status.status} asOf={status.date} /> <span className="muted">{status.label}</span>
    </p>
  )
}
