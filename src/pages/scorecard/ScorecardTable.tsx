import { Link } from 'react-router'
import { Cite } from '../../components/Sources'
import type { ScoreRow } from './scorecardModel'
import { sortedBy, toScorecardParams, type ScorecardView, type SortKey } from './scorecardParams'
import './ScorecardTable.css'
import { ClaimCell, DealsCell, ExpertsCell, FightingCell, StatusCell, TermsCell } from './ScorecardCells'

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'conflict', label: 'Conflict and verdict' },
  { key: 'claim', label: 'White House claim' },
  { key: 'then', label: 'Status when claimed' },
  { key: 'now', label: 'Status now' },
  { key: 'deals', label: 'Deals' },
  { key: 'terms', label: 'Minerals or economic terms' },
  { key: 'fighting', label: 'Fighting or broken deals since' },
  { key: 'experts', label: 'Expert stances' },
]

function SortHeading({ view, col }: { view: ScorecardView; col: (typeof COLUMNS)[number] }) {
  const active = view.sort === col.key
  const sort = active ? (view.desc ? 'descending' : 'ascending') : 'none'
  const next = `?${toScorecardParams(sortedBy(view, col.key)).toString()}`
  return (
    <th scope="col" aria-sort={sort} data-sort={col.key}>
      <Link to={{ search: next }} preventScrollReset className="sort-link">
        {col.label}
        <span className="sort-link__mark" aria-hidden="true">
          {active ? (view.desc ? '▼' : '▲') : '↕'}
        </span>
        <span className="visually-hidden">{active ? `, sorted ${sort}` : ', sort'}</span>
      </Link>
    </th>
  )
}

/** The claims-versus-record table; on a phone each row is a card whose cells say what they are. */
export function ScorecardTable({ rows, view }: { rows: readonly ScoreRow[]; view: ScorecardView }) {
  return (
    <table className="scorecard" data-testid="scorecard">
      <caption className="visually-hidden">
        White House claims and the sourced record, one row per conflict. Column headings sort the table.
      </caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <SortHeading key={c.key} view={view} col={c} />
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-conflict-id={r.id}>
            <th scope="row" className="scorecard__conflict">
              <Link to={`/conflicts/${r.id}`} className="scorecard__name">
                {r.name}
              </Link>
              <p className="scorecard__verdict">
                {r.verdict.text}
                <Cite ids={r.verdict.sources} />
              </p>
            </th>
            <td data-label="White House claim" data-col="claim">
              <ClaimCell row={r} />
            </td>
            <td data-label="Status when claimed" data-col="then">
              <StatusCell s={r.then} conflictId={r.id} />
            </td>
            <td data-label="Status now" data-col="now">
              <StatusCell s={r.now} conflictId={r.id} />
            </td>
            <td data-label="Deals" data-col="deals">
              <DealsCell row={r} />
            </td>
            <td data-label="Minerals or economic terms" data-col="terms">
              <TermsCell row={r} />
            </td>
            <td data-label="Fighting or broken deals since" data-col="fighting">
              <FightingCell row={r} />
            </td>
            <td data-label="Expert stances" data-col="experts">
              <ExpertsCell row={r} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
