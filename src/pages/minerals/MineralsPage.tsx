import { Link } from 'react-router'
import { CiteBlock } from '../../components/CiteBlock'
import { PageMeta } from '../../components/PageMeta'
import { useRouteExtra } from '../../lib/hooks/atlasContext'
import type { MineralRow } from './route'
import { formatNumber, formatShare } from '../../lib/format'
import { useUrlState } from '../../lib/hooks/useUrlState'
import { countryName } from '../../data/countryName'
import { parseMineralsParams, toMineralsParams, type MineralsView } from '../mineral/mineralParams'
import { MINERAL_COLUMNS, nextMineralsView, sortMineralRows } from './mineralsModel'
import '../../components/data-table.css'
import './MineralsPage.css'

/** Every mineral with a USGS table: how concentrated it is and how many deals touch it; sortable. */
export function Page() {
  const ROWS = useRouteExtra<MineralRow[]>()
  const [view, setView] = useUrlState<MineralsView>(parseMineralsParams, toMineralsParams)
  const rows = sortMineralRows(ROWS, view)
  return (
    <div className="page page--wide">
      <PageMeta
        title="Minerals"
        description="Who holds and mines the minerals at stake in the 2025 peace deals: reserves, concentration of production, China's share and the deals that touch each."
      />
      <header className="page-header">
        <h1>Minerals</h1>
        <p className="lede">
          The minerals at stake in the deals, with USGS Mineral Commodity Summaries 2026 figures. Production
          concentration uses the latest year (2025, mostly estimates); the Herfindahl-Hirschman index (HHI) sums squared
          percentage shares of the countries USGS lists, so it is a lower bound: above 2,500 is highly concentrated.
        </p>
      </header>
      <div className="table-scroll">
        <table className="data-table" data-testid="minerals-table">
          <thead>
            <tr>
              {MINERAL_COLUMNS.map((c) => {
                const active = view.sort === c.sort
                return (
                  <th
                    key={c.sort}
                    scope="col"
                    aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                    className={c.numeric ? 'num' : undefined}
                  >
                    <button type="button" className="sort-button" onClick={() => setView(nextMineralsView(view, c))}>
                      {c.label}
                      <span aria-hidden="true">{active ? (view.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.resource.id} data-mineral-id={m.resource.id}>
                <th scope="row">
                  <Link to={`/minerals/${m.resource.id}`}>{m.resource.name}</Link>
                </th>
                <td className="num">
                  {m.worldReserves.value !== null ? (
                    <>
                      {m.worldReserves.status === 'lower-bound' ? '> ' : ''}
                      {formatNumber(m.worldReserves.value, 0)} <span className="unit">{m.table.reservesUnit}</span>
                    </>
                  ) : (
                    <span className="muted">not given</span>
                  )}
                </td>
                <td className="num">
                  {m.reservesLeader && m.worldReserves.value !== null ? (
                    <>
                      {countryName(m.reservesLeader.iso3)} {formatShare(m.reservesLeader.share)}
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="num">{formatShare(m.production.top3)}</td>
                <td className="num">{m.production.hhi !== null ? formatNumber(m.production.hhi, 0) : '—'}</td>
                <td className="num">
                  {m.china ? (
                    `${formatShare(m.china.share)} (${m.china.stage})`
                  ) : (
                    <span className="muted">not sourced</span>
                  )}
                </td>
                <td className="num">{m.deals}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CiteBlock path="/minerals" title="Minerals" />
    </div>
  )
}
