import { Link } from 'react-router'
import { ConflictStatusBadge } from '../../components/Badges'
import { Cite } from '../../components/Sources'
import { formatDate } from '../../lib/format'
import { STANCE_LABEL } from '../../lib/labels'
import type { Stance } from '../../data/schema'
import type { ScoreRow, ScoreStatus } from './scorecardModel'

/** A status with its date, linked to the deal it is about or to the conflict's status history. */
export function StatusCell({ s, conflictId }: { s: ScoreStatus | null; conflictId: string }) {
  if (!s) return <span className="muted">Not claimed</span>
  return (
    <>
      <ConflictStatusBadge status={s.status} />
      <time className="scorecard__date" dateTime={s.date}>
        as of {formatDate(s.date)}
      </time>
      <span className="scorecard__note">
        <Link to={s.deal ? `/deals/${s.deal}` : `/conflicts/${conflictId}#summary-h`}>{s.label}</Link>
        <Cite ids={s.sources} />
      </span>
    </>
  )
}

export function ClaimCell({ row }: { row: ScoreRow }) {
  const { claim } = row
  return (
    <>
      <Link to={`/conflicts/${row.id}`} className={`claim-tag claim-tag--${claim.counted ? 'counted' : 'not-counted'}`}>
        {claim.counted ? 'Counted as ended' : 'Not counted'}
      </Link>
      <span className="scorecard__note">
        {claim.since ? <>on the list reported {formatDate(claim.since)}</> : 'not on the White House list'}
        <Cite ids={claim.sources} />
      </span>
    </>
  )
}

export function DealsCell({ row }: { row: ScoreRow }) {
  const { deals } = row
  return (
    <>
      <Link to={`/conflicts/${row.id}#deals-h`}>{deals.signed === 0 ? 'None signed' : `${deals.signed} signed`}</Link>
      {deals.signed > 0 && (
        <span className="scorecard__note">{deals.betweenParties} between the parties themselves</span>
      )}
      {deals.unrecorded > 0 && <span className="scorecard__note">{deals.unrecorded} with no signatories recorded</span>}
      {deals.latest && (
        <span className="scorecard__note">
          latest: <Link to={`/deals/${deals.latest.id}`}>{deals.latest.title}</Link>, {formatDate(deals.latest.date)}
        </span>
      )}
    </>
  )
}

const SHOWN_GETS = 2

export function TermsCell({ row }: { row: ScoreRow }) {
  const { withClause, usGets } = row.terms
  if (withClause.length === 0) return <span className="muted">No minerals or economic clause recorded</span>
  return (
    <>
      <Link to={`/conflicts/${row.id}#deals-h`}>
        Yes, in {withClause.length} {withClause.length === 1 ? 'deal' : 'deals'}
      </Link>
      {usGets.length === 0 && <span className="scorecard__note">No US gain recorded</span>}
      {usGets.length > 0 && <span className="scorecard__note">What the United States gets:</span>}
      {usGets.length > 0 && (
        <ul className="scorecard__gets">
          {usGets.slice(0, SHOWN_GETS).map((u) => (
            <li key={u.deal}>
              <Link to={`/deals/${u.deal}#traded-h`}>{u.title}</Link>: {u.gets[0]}
              {u.gets.length > 1 && <span className="muted"> (and {u.gets.length - 1} more)</span>}
            </li>
          ))}
          {usGets.length > SHOWN_GETS && (
            <li>
              <Link to={`/conflicts/${row.id}#deals-h`}>and {usGets.length - SHOWN_GETS} more</Link>
            </li>
          )}
        </ul>
      )}
    </>
  )
}

export function FightingCell({ row }: { row: ScoreRow }) {
  const { fighting, claim } = row
  if (!claim.since) return <span className="muted">No claim to test</span>
  if (fighting.count === 0) return <span className="muted">None recorded after {formatDate(claim.since)}</span>
  const latest = fighting.latest
  return (
    <>
      <Link to={`/conflicts/${row.id}#summary-h`}>
        {fighting.count} dated {fighting.count === 1 ? 'entry' : 'entries'}
      </Link>
      {latest && (
        <span className="scorecard__note">
          latest {formatDate(latest.date)}:{' '}
          <Link to={latest.deal ? `/deals/${latest.deal}` : `/conflicts/${row.id}#summary-h`}>{latest.label}</Link>
          <Cite ids={latest.sources} />
        </span>
      )}
    </>
  )
}

const STANCES: Stance[] = ['skeptical', 'mixed', 'supportive']

export function ExpertsCell({ row }: { row: ScoreRow }) {
  const total = STANCES.reduce((n, s) => n + row.stances[s], 0)
  if (total === 0) return <span className="muted">No assessments</span>
  return (
    <Link to={`/conflicts/${row.id}#experts-h`} className="stance-mix">
      <span className="stance-mix__bar" aria-hidden="true">
        {STANCES.map((s) =>
          row.stances[s] > 0 ? (
            <span key={s} className={`stance-mix__part stance-mix__part--${s}`} style={{ flexGrow: row.stances[s] }} />
          ) : null,
        )}
      </span>
      <span>{STANCES.map((s) => `${row.stances[s]} ${STANCE_LABEL[s].toLowerCase()}`).join(', ')}</span>
    </Link>
  )
}
