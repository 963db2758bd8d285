import { Link } from 'react-router'
import { AgreementStatusBadge, ConflictStatusBadge } from '../../components/Badges'
import { comparePath } from '../../lib/compareParams'
import { formatDate } from '../../lib/format'
import { AGREEMENT_TYPE_LABEL } from '../../lib/labels'
import { CompareRow, Nothing } from './CompareGrid'
import type { ConflictSummary } from './compareSummaries'
import { MineralsRow, StancesRow, StatusPathRow } from './CompareRows'
import '../../components/fact-list.css'

const ROLES = [
  ['belligerent', 'Belligerents'],
  ['backer', 'Backers'],
  ['mediator', 'Mediators'],
  ['observer', 'Observers'],
] as const

/** Two or three conflicts side by side, from the summaries the page carries. */
export function ConflictComparison({ conflicts }: { conflicts: readonly ConflictSummary[] }) {
  const cols = conflicts.map((c) => ({ ...c, name: c.shortName }))
  const ids = cols.map((c) => c.id)
  return (
    <div className="comparison" data-testid="comparison" data-kind="conflicts">
      <CompareRow title="Conflicts compared" columns={cols} testId="compare-heads">
        {(c) => {
          const now = c.statusPath.at(-1)
          return (
            <div className="cmp-head">
              <h3>
                <Link to={`/conflicts/${c.id}`}>{c.name}</Link>
              </h3>
              <p className="muted">{c.region}</p>
              {now && <ConflictStatusBadge status={now.status} asOf={now.date} />}
              {ids.length > 1 && (
                <p>
                  <Link
                    className="cmp-remove"
                    to={comparePath({ kind: 'conflicts', ids: ids.filter((x) => x !== c.id) })}
                  >
                    Remove from the comparison
                  </Link>
                </p>
              )}
            </div>
          )
        }}
      </CompareRow>
      <CompareRow title="Parties" columns={cols}>
        {(c) => (
          <dl className="cmp-parties fact-list">
            {ROLES.map(([role, heading]) => {
              const names = c.parties.filter((p) => p.role === role).map((p) => p.name)
              return names.length === 0 ? null : (
                <div key={role}>
                  <dt>{heading}</dt>
                  <dd>{names.join(', ')}</dd>
                </div>
              )
            })}
          </dl>
        )}
      </CompareRow>
      <MineralsRow columns={cols} />
      <CompareRow title="Deals, and what became of their provisions" columns={cols}>
        {(c) =>
          c.deals.length === 0 ? (
            <Nothing>No deal recorded.</Nothing>
          ) : (
            <ul className="cmp-list">
              {c.deals.map((d) => (
                <li key={d.id}>
                  <Link to={`/deals/${d.id}`}>{d.name}</Link>{' '}
                  <span className="muted">
                    {AGREEMENT_TYPE_LABEL[d.type]}, {formatDate(d.date, d.datePrecision, true)}
                  </span>{' '}
                  {d.status && <AgreementStatusBadge status={d.status} />}
                  {d.provisions > 0 && (
                    <span className="muted">
                      {' '}
                      · {d.progress} of {d.provisions} provisions with sourced progress, {d.setback} stalled or violated
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </CompareRow>
      <StatusPathRow columns={cols} Badge={ConflictStatusBadge} />
      <StancesRow columns={cols} />
    </div>
  )
}
