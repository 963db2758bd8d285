import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { Cite } from '../../components/Sources'
import type { ScoreRow } from './scorecardModel'
import { sortedBy, toScorecardParams, type ScorecardView, type SortKey } from './scorecardParams'
import './ScorecardTable.css'
import { ClaimCell, DealsCell, ExpertsCell, FightingCell, StatusCell, TermsCell } from './ScorecardCells'

/** The columns after the conflict's: each heading is also its cell's label on a phone. */
const CELLS: Array<{ key: SortKey; label: string; cell: (r: ScoreRow) => ReactNode }> = [
  { key: 'claim', label: 'White House claim', cell: (r) => <ClaimCell row={r} /> },
  { key: 'then', label: 'Status when claimed', cell: (r) => <StatusCell s={r.then} conflictId={r.id} /> },
  { key: 'now', label: 'Status now', cell: (r) => <StatusCell s={r.now} conflictId={r.id} /> },
  { key: 'deals', label: 'Deals', cell: (r) => <DealsCell row={r} /> },
  { key: 'terms', label: 'Minerals or economic terms', cell: (r) => <TermsCell row={r} /> },
  { key: 'fighting', label: 'Fighting or broken deals since', cell: (r) => <FightingCell row={r} /> },
  { key: 'experts', label: 'Expert stances', cell: (r) => <ExpertsCell row={r} /> },
]

const COLUMNS: Array<{ key: SortKey; label: string }> = [{ key: 'conflict', label: 'Conflict and verdict' }, ...CELLS]

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
            {CELLS.map((c) => (
              <td key={c.key} data-label={c.label} data-col={c.key}>
                {c.cell(r)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
