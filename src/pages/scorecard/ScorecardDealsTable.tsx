import { Link } from 'react-router'
import { AgreementStatusBadge } from '../../components/Badges'
import { Cite } from '../../components/Sources'
import { formatDate } from '../../lib/format'
import { AGREEMENT_TYPE_LABEL } from '../../lib/labels'
import type { DealScoreRow } from './scorecardDeals'
import './ScorecardTable.css'

/** The minerals deals beyond the conflicts: partner, what the United States gets, where each stands. */
export function ScorecardDealsTable({ deals }: { deals: readonly DealScoreRow[] }) {
  return (
    <table className="scorecard scorecard--deals" data-testid="scorecard-deals">
      <caption className="visually-hidden">Minerals deals of the wider US diplomacy, oldest first.</caption>
      <thead>
        <tr>
          <th scope="col">Deal</th>
          <th scope="col">Partners</th>
          <th scope="col">What the United States gets</th>
          <th scope="col">Status now</th>
          <th scope="col">Tied to a conflict</th>
        </tr>
      </thead>
      <tbody>
        {deals.map((d) => (
          <tr key={d.id}>
            <th scope="row" className="scorecard__conflict">
              <Link to={`/deals/${d.id}`} className="scorecard__name">
                {d.name}
              </Link>
              <span className="scorecard__note">
                {AGREEMENT_TYPE_LABEL[d.type]}, {formatDate(d.date, d.datePrecision)}
              </span>
            </th>
            <td data-label="Partners">{d.partners.join(', ') || <span className="muted">United States only</span>}</td>
            <td data-label="What the United States gets">
              {d.usGets.length === 0 && <span className="muted">Not stated in the sources</span>}
              {d.usGets.length === 1 && d.usGets[0]}
              {d.usGets.length > 1 && (
                <ul className="scorecard__gets">
                  {d.usGets.map((g) => (
                    <li key={g}>{g}</li>
                  ))}
                </ul>
              )}
            </td>
            <td data-label="Status now">
              {d.status ? (
                <>
                  <AgreementStatusBadge status={d.status.status} />
                  <time className="scorecard__date" dateTime={d.status.date}>
                    as of {formatDate(d.status.date)}
                  </time>
                  <span className="scorecard__note">
                    <Link to={`/deals/${d.id}`}>{d.status.label}</Link>
                    <Cite ids={d.status.sources} />
                  </span>
                </>
              ) : (
                <span className="muted">No status</span>
              )}
            </td>
            <td data-label="Tied to a conflict">
              {d.conflict ? (
                <Link to={`/conflicts/${d.conflict.id}`}>{d.conflict.shortName}</Link>
              ) : (
                <span className="muted">None in the sources</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
