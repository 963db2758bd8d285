import { Link } from 'react-router'
import { DealList } from '../../components/DealList'
import type { Agreement, Conflict } from '../../data/schema'

/** The deals that trade a mineral and the conflicts where it is at stake; minerals-diplomacy deals set apart. */
export function MineralDeals({ deals, conflicts }: { deals: readonly Agreement[]; conflicts: readonly Conflict[] }) {
  const peace = deals.filter((d) => d.track === 'peace')
  const diplomacy = deals.filter((d) => d.track === 'minerals-diplomacy')
  return (
    <section aria-labelledby="deals-h">
      <h2 id="deals-h">Deals and conflicts where it is at stake</h2>
      {deals.length === 0 && conflicts.length === 0 && (
        <p className="muted">No deal in the atlas names this mineral.</p>
      )}
      {peace.length > 0 && <DealList deals={peace} testId="mineral-deals" />}
      {conflicts.length > 0 && (
        <p>
          Conflicts:{' '}
          {conflicts.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ', '}
              <Link to={`/conflicts/${c.id}`}>{c.name}</Link>
            </span>
          ))}
        </p>
      )}
      {diplomacy.length > 0 && (
        <>
          <h3>Minerals deals beyond the conflicts</h3>
          <p className="muted">The wider US minerals diplomacy of 2025–26: supply, investment and offtake deals.</p>
          <DealList deals={diplomacy} testId="mineral-diplomacy-deals" />
        </>
      )}
    </section>
  )
}
