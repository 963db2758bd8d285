import { Link } from 'react-router'
import { AgreementStatusBadge } from '../../components/Badges'
import { ImplementationChart } from '../../components/ImplementationChart'
import { ProvisionStateBadge } from '../../components/ProvisionStateBadge'
import { comparePath } from '../../lib/compareParams'
import { TERM_LABEL } from '../../lib/labels'
import { CompareRow, Nothing } from './CompareGrid'
import { dealColumn, termRows, type DealColumn } from './compareModel'
import type { MineralAtStake } from './compareMinerals'
import { MineralsRow, StancesRow, StatusPathRow } from './CompareRows'
import { useComparedDeals } from './useComparedDeals'

/** Two or three deals side by side, each read from its own page's data. */
export function DealComparison({
  ids,
  minerals,
}: {
  ids: readonly string[]
  minerals: Readonly<Record<string, MineralAtStake[]>>
}) {
  const loaded = useComparedDeals(ids)
  if (loaded.state === 'loading') return <p role="status">Loading the deals to compare…</p>
  if (loaded.state === 'error')
    return (
      <p className="notice" role="alert">
        The deals could not be loaded; check the connection and reload the page.
      </p>
    )
  const cols = loaded.models.map((m) => dealColumn(m, minerals[m.deal.id] ?? []))
  return <DealColumns cols={cols} />
}

function DealColumns({ cols }: { cols: DealColumn[] }) {
  const ids = cols.map((c) => c.id)
  return (
    <div className="comparison" data-testid="comparison" data-kind="deals">
      <CompareRow title="Deals compared" columns={cols} testId="compare-heads">
        {(c) => (
          <div className="cmp-head">
            <h3>
              <Link to={c.path}>{c.name}</Link>
            </h3>
            <p className="muted">
              {c.type} · {c.date}
              {c.conflict && (
                <>
                  {' · '}
                  <Link to={`/conflicts/${c.conflict.id}`}>{c.conflict.name}</Link>
                </>
              )}
            </p>
            {ids.length > 1 && (
              <Link className="cmp-remove" to={comparePath({ kind: 'deals', ids: ids.filter((x) => x !== c.id) })}>
                Remove from the comparison
              </Link>
            )}
          </div>
        )}
      </CompareRow>
      <CompareRow title="Parties" columns={cols}>
        {(c) => (
          <>
            <p>{c.parties.join(', ') || 'No signatory named in the sources.'}</p>
            {c.brokers.length > 0 && <p className="muted">Brokered or witnessed by {c.brokers.join(', ')}</p>}
          </>
        )}
      </CompareRow>
      <CompareRow title="What each side gets" columns={cols}>
        {(c) =>
          c.traded.length === 0 ? (
            <Nothing>Not recorded for this deal.</Nothing>
          ) : (
            c.traded.map((t) => (
              <div key={t.party} className="cmp-traded">
                <h4>{t.party} gets</h4>
                <ul className="cmp-list">
                  {t.gets.map((g, i) => (
                    <li key={i}>{g}</li>
                  ))}
                </ul>
              </div>
            ))
          )
        }
      </CompareRow>
      <MineralsRow columns={cols} />
      <CompareRow title="What became of the provisions" columns={cols}>
        {(c) =>
          c.rollUp.total > 0 ? (
            <ImplementationChart rollUp={c.rollUp} compact />
          ) : (
            <Nothing>No numbered provisions.</Nothing>
          )
        }
      </CompareRow>
      <ProvisionsByTerm cols={cols} />
      <StatusPathRow columns={cols} Badge={AgreementStatusBadge} />
      <StancesRow columns={cols} />
    </div>
  )
}

/** The provisions lined up by term: a term's row shows, per deal, the provisions that carry it. */
function ProvisionsByTerm({ cols }: { cols: DealColumn[] }) {
  const rows = termRows(cols)
  return (
    <section className="cmp-terms" aria-labelledby="cmp-terms-h" data-testid="compare-terms">
      <h2 id="cmp-terms-h" className="cmp-row__title">
        Provisions by term
      </h2>
      {rows.length === 0 && <Nothing>None of these deals has numbered provisions.</Nothing>}
      {rows.map((r) => (
        <div key={r.term} className="cmp-term">
          <h3 className="cmp-term__name">
            <Link to={`/provisions?term=${r.term}`}>{TERM_LABEL[r.term]}</Link>
          </h3>
          <div className="cmp-row__cells" style={{ '--n': cols.length } as React.CSSProperties}>
            {r.cells.map((cell, i) => (
              <div key={cols[i]?.id} className="cmp-cell">
                <p className="cmp-cell__who">{cols[i]?.name}</p>
                {cell.length === 0 ? (
                  <Nothing>None with this term.</Nothing>
                ) : (
                  <ul className="cmp-list">
                    {cell.map((p) => (
                      <li key={p.n}>
                        <Link to={p.href}>Provision {p.n}</Link> {p.text} <ProvisionStateBadge state={p.state} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </div>
        </div>
      ))}
    </section>
  )
}
