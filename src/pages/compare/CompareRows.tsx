import type { ComponentType } from 'react'
import { formatDate } from '../../lib/format'
import { CompareRow } from './CompareGrid'
import type { MineralAtStake } from './compareMinerals'
import type { StanceLine } from './stanceLine'
import { MineralShares } from './MineralShares'
import { Stances } from './Stances'

/** The rows a comparison of deals and one of conflicts both have, each read from its column the same way. */
interface Column {
  id: string
  name: string
}

export function MineralsRow({ columns }: { columns: ReadonlyArray<Column & { minerals: readonly MineralAtStake[] }> }) {
  return (
    <CompareRow title="Minerals at stake (USGS shares)" columns={columns}>
      {(c) => <MineralShares minerals={c.minerals} />}
    </CompareRow>
  )
}

/** Each record's dated statuses, oldest first, with the badge of its own vocabulary. */
export function StatusPathRow<S extends string>({
  columns,
  Badge,
}: {
  columns: ReadonlyArray<Column & { statusPath: ReadonlyArray<{ date: string; status: S; label: string }> }>
  Badge: ComponentType<{ status: S }>
}) {
  return (
    <CompareRow title="Status path" columns={columns}>
      {(c) => (
        <ol className="cmp-list cmp-status">
          {c.statusPath.map((s, i) => (
            <li key={i}>
              <time dateTime={s.date}>{formatDate(s.date, 'day', true)}</time> <Badge status={s.status} /> {s.label}
            </li>
          ))}
        </ol>
      )}
    </CompareRow>
  )
}

export function StancesRow({ columns }: { columns: ReadonlyArray<Column & { stances: readonly StanceLine[] }> }) {
  return (
    <CompareRow title="Expert stances" columns={columns}>
      {(c) => <Stances stances={c.stances} />}
    </CompareRow>
  )
}
