import { Link } from 'react-router'
import type { Agreement } from '../data/schema'
import { agreementStatus } from '../data/status'
import { formatDate } from '../lib/format'
import { AGREEMENT_TYPE_LABEL, RESOURCE_TERMS } from '../lib/labels'
import { AddToCompare } from './AddToCompare'
import { AgreementStatusBadge } from './Badges'
import { TermChips } from './TermChips'
import './deal-timeline.css'

/** Deals and events in date order: date, title (linked), type, latest status and the terms they trade. */
export function DealList({ deals, testId }: { deals: readonly Agreement[]; testId?: string }) {
  return (
    <ol className="deal-timeline" data-testid={testId}>
      {deals.map((d) => {
        const last = agreementStatus(d)
        const terms = [...new Set(d.provisions.flatMap((p) => p.terms))].filter((t) => RESOURCE_TERMS.has(t))
        return (
          <li key={d.id} className={`deal-item deal-item--${d.kind}`}>
            <time dateTime={d.date}>{formatDate(d.date, d.datePrecision, true)}</time>
            <div>
              <Link to={`/deals/${d.id}`} className="deal-item__title">
                {d.commonName ?? d.title}
              </Link>
              <span className="muted"> · {AGREEMENT_TYPE_LABEL[d.type]}</span>
              {last && d.kind === 'agreement' && (
                <>
                  {' '}
                  <AgreementStatusBadge status={last.status} asOf={last.date} />
                </>
              )}
              <TermChips terms={terms} />
              {d.kind === 'agreement' && <AddToCompare id={d.id} />}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
