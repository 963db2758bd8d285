import { Link } from 'react-router'
import { formatShare } from '../../lib/format'
import type { MineralAtStake } from './compareMinerals'
import { Nothing } from './CompareGrid'

const pct = (v: number | null) => (v === 0 ? '0%' : formatShare(v))

/** The minerals at stake with the USGS shares of world reserves and production of the states concerned. */
export function MineralShares({ minerals }: { minerals: readonly MineralAtStake[] }) {
  if (minerals.length === 0) return <Nothing>No mineral at stake recorded.</Nothing>
  return (
    <ul className="cmp-minerals">
      {minerals.map((m) => (
        <li key={m.id}>
          <strong>{m.edition ? <Link to={`/minerals/${m.id}`}>{m.name}</Link> : m.name}</strong>
          {m.edition ? (
            <ul className="cmp-minerals__shares">
              {m.shares.map((s) => (
                <li key={s.iso3}>
                  {s.name}
                  {s.leader && <span className="muted"> (largest reserves)</span>}:{' '}
                  {s.reserves === null
                    ? `reserves ${s.withheld?.includes('reserves') ? 'withheld by USGS' : 'not given'}`
                    : `${pct(s.reserves)} of world reserves`}
                  ,{' '}
                  {s.production === null
                    ? `${m.productionYear} production ${s.withheld?.includes('production') ? 'withheld by USGS' : 'not given'}`
                    : `${pct(s.production)} of ${m.productionYear} production`}
                </li>
              ))}
              {m.shares.every((x) => x.leader) && (
                <li className="muted">No state concerned is listed in this USGS table.</li>
              )}
              <li className="muted cmp-minerals__src">{m.edition}</li>
            </ul>
          ) : (
            <span className="muted"> (no USGS table)</span>
          )}
        </li>
      ))}
    </ul>
  )
}
