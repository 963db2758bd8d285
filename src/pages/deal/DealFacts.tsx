import { Link } from 'react-router'
import { formatDate } from '../../lib/format'
import type { DealModel } from './dealModel'
import '../../components/fact-list.css'

/** Date, place, conflict, minerals, signatories and brokers of a deal, as a list of facts. */
export function DealFacts({ model }: { model: DealModel }) {
  const { deal, conflict, actorName, resources } = model
  return (
    <dl className="facts fact-list">
      <div>
        <dt>Date</dt>
        <dd>
          <time dateTime={deal.date}>{formatDate(deal.date, deal.datePrecision)}</time>
          {deal.datePrecision === 'month' && <span className="muted"> (day not established)</span>}
          {deal.dateNote && <span className="muted"> — {deal.dateNote}</span>}
        </dd>
      </div>
      {deal.place && (
        <div>
          <dt>Place</dt>
          <dd>{deal.place.name}</dd>
        </div>
      )}
      {conflict && (
        <div>
          <dt>Conflict</dt>
          <dd>
            <Link to={`/conflicts/${conflict.id}`}>{conflict.name}</Link>
          </dd>
        </div>
      )}
      {resources.length > 0 && (
        <div>
          <dt>Minerals traded</dt>
          <dd>
            {resources.map((r, i) => (
              <span key={r.id}>
                {i > 0 && ', '}
                {r.kind === 'mineral' && r.usgs ? <Link to={`/minerals/${r.id}`}>{r.name}</Link> : r.name}
              </span>
            ))}
          </dd>
        </div>
      )}
      {deal.signatories.length > 0 && (
        <div>
          <dt>Signatories</dt>
          <dd>
            <ul className="plain">
              {deal.signatories.map((s, i) => (
                <li key={i}>
                  {s.person || s.office ? (
                    <>
                      {s.person && <strong>{s.person}</strong>}
                      {s.office && (
                        <span>
                          {s.person ? ', ' : ''}
                          {s.office}
                        </span>
                      )}
                      <span className="muted"> ({actorName(s.party)})</span>
                    </>
                  ) : (
                    <span>
                      {actorName(s.party)} <span className="muted">(signatory not named in the sources)</span>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {deal.brokers.length > 0 && (
        <div>
          <dt>Brokers and witnesses</dt>
          <dd>
            <ul className="plain">
              {deal.brokers.map((b, i) => (
                <li key={i}>
                  {b.person && <strong>{b.person} </strong>}
                  <span>{actorName(b.actor)}</span>
                  <span className="muted"> — {b.role}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  )
}
