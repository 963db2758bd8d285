import { memo } from 'react'
import { Link } from 'react-router'
import type { DatasetIndex } from '../../data/selectors'
import { formatDate } from '../../lib/format'
import { AGREEMENT_TYPE_LABEL } from '../../lib/labels'
import { diplomacyDeals, type DiplomacySpan } from '../../map/listRecords'

/**
 * The newest deals of the wider US minerals diplomacy, set apart from the conflicts:
 * each with its date, type, the resources it trades and the conflict the sources tie
 * it to; the timeline lists them all.
 */
export const DiplomacyDeals = memo(function DiplomacyDeals({
  ix,
  span,
}: {
  ix: DatasetIndex
  span: DiplomacySpan | null
}) {
  const deals = diplomacyDeals(ix)
  if (deals.length === 0 || !span) return null
  return (
    <section className="list-panel diplomacy-panel" aria-labelledby="diplomacy-h">
      <h2 id="diplomacy-h">Minerals deals beyond the conflicts</h2>
      <p className="muted">
        The wider US minerals diplomacy of {span.firstYear}–{span.lastYear}: frameworks, memoranda, offtakes and
        financing, newest first. Not peace deals; where the sources tie one to a conflict, it is named.
      </p>
      <ul className="diplomacy-list" data-testid="diplomacy-deals">
        {deals.map((a) => {
          const conflict = a.conflict ? ix.conflicts.get(a.conflict) : undefined
          const minerals = (a.resources ?? []).map((r) => ix.resources.get(r)?.name ?? r)
          return (
            <li key={a.id}>
              <Link to={`/deals/${a.id}`}>{a.commonName ?? a.title}</Link>{' '}
              <span className="muted">
                · {formatDate(a.date, a.datePrecision, true)} · {AGREEMENT_TYPE_LABEL[a.type]}
                {minerals.length > 0 && ` · ${minerals.join(', ')}`}
                {conflict && ` · tied to ${conflict.shortName}`}
              </span>
            </li>
          )
        })}
      </ul>
      {span.total > deals.length && (
        <p className="diplomacy-more">
          <Link to="/timeline?conflict=minerals-diplomacy">
            All {span.total} deals and events of the minerals diplomacy, on the timeline
          </Link>
        </p>
      )}
    </section>
  )
})
