/**
 * The minerals table as a reader sorts it: its columns, the order of its rows for a
 * view, and the view a click on a column header asks for. Pure.
 */
import type { MineralSort, MineralsView } from '../mineral/mineralParams'
import type { MineralRow } from './route'
import { byText } from '../../lib/textOrder'

export interface MineralColumn {
  sort: MineralSort
  label: string
  numeric: boolean
}

export const MINERAL_COLUMNS: readonly MineralColumn[] = [
  { sort: 'name', label: 'Mineral', numeric: false },
  { sort: 'reserves', label: 'World reserves', numeric: true },
  { sort: 'leader', label: 'Top reserve holder', numeric: true },
  { sort: 'top3', label: 'Top-3 share of production', numeric: true },
  { sort: 'hhi', label: 'Production HHI', numeric: true },
  { sort: 'china', label: 'China’s share (stage)', numeric: true },
  { sort: 'deals', label: 'Deals touching it', numeric: true },
]

/** What each column sorts by; a figure USGS does not give sorts below every figure it gives. */
const KEY: Record<MineralSort, (m: MineralRow) => number | string> = {
  name: (m) => m.resource.name,
  reserves: (m) => m.worldReserves.value ?? -1,
  leader: (m) => m.reservesLeader?.share ?? -1,
  top3: (m) => m.production.top3 ?? -1,
  hhi: (m) => m.production.hhi ?? -1,
  china: (m) => m.china?.share ?? -1,
  deals: (m) => m.deals,
}

/** The rows in the view's order; ties keep the order given (by name from the build). */
export function sortMineralRows(rows: readonly MineralRow[], view: MineralsView): MineralRow[] {
  const key = KEY[view.sort]
  return [...rows].sort((a, b) => {
    const x = key(a)
    const y = key(b)
    const c = typeof x === 'string' && typeof y === 'string' ? byText(x, y) : Number(x) - Number(y)
    return view.dir === 'asc' ? c : -c
  })
}

/**
 * The view after a click on a column's header: the active column flips its
 * direction; another column starts with the largest figures first, or A to Z for names.
 */
export function nextMineralsView(view: MineralsView, column: MineralColumn): MineralsView {
  if (view.sort === column.sort) return { sort: column.sort, dir: view.dir === 'asc' ? 'desc' : 'asc' }
  return { sort: column.sort, dir: column.numeric ? 'desc' : 'asc' }
}
