import { memo, useState } from 'react'
import { Link } from 'react-router'
import { AgreementStatusBadge } from '../components/Badges'
import { useAtlas } from '../lib/hooks/atlasContext'
import type { Agreement } from '../data/schema'
import { mapOnDate } from '../lib/dateLinks'
import { formatDate } from '../lib/format'
import { AGREEMENT_TYPE_LABEL } from '../lib/labels'
import { agreementStatus } from '../data/status'
import { groupByMonth } from './timelineModel'
import '../components/controls.css'
import './TimelineList.css'

const PAGE = 150

/**
 * One item of the list. Memoised: a filter that keeps an item re-renders none of it,
 * so a change costs only the items that come and go.
 */
const TimelineItem = memo(function TimelineItem({ item: a, where }: { item: Agreement; where: string }) {
  const last = agreementStatus(a)
  return (
    <li className={`timeline-item timeline-item--${a.kind}`} data-item-id={a.id}>
      <time dateTime={a.date}>{formatDate(a.date, a.datePrecision, true)}</time>
      <div>
        <Link to={`/deals/${a.id}`}>{a.commonName ?? a.title}</Link>
        <span className="muted">
          {' '}
          · {AGREEMENT_TYPE_LABEL[a.type]} · {where}
        </span>{' '}
        {last && a.kind === 'agreement' && <AgreementStatusBadge status={last.status} />}{' '}
        <Link to={mapOnDate(a.date)} className="timeline-item__map">
          map then
          <span className="visually-hidden"> (the map on {formatDate(a.date, a.datePrecision)})</span>
        </Link>
      </div>
    </li>
  )
})

/** The timeline as a list grouped by month, paged so thousands of items stay light. */
export function TimelineList({ items }: { items: readonly Agreement[] }) {
  const ix = useAtlas()
  const [limit, setLimit] = useState(PAGE)
  const shown = items.slice(0, limit)
  const groups = groupByMonth(shown)
  return (
    <>
      <div className="timeline-list" data-testid="timeline-list">
        {groups.map((g) => (
          <section key={g.month} aria-labelledby={`m-${g.month}`}>
            <h3 id={`m-${g.month}`} className="timeline-list__month">
              {formatDate(g.month)}
            </h3>
            <ul>
              {g.items.map((a) => (
                <TimelineItem
                  key={a.id}
                  item={a}
                  where={
                    a.track === 'peace' && a.conflict
                      ? (ix.conflicts.get(a.conflict)?.shortName ?? a.conflict)
                      : 'Minerals diplomacy'
                  }
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
      {items.length > limit && (
        <button type="button" className="button" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, items.length - limit)} more of {items.length - limit}
        </button>
      )}
    </>
  )
}
