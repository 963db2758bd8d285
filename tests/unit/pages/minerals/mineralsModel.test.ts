import { describe, expect, it } from 'vitest'
import { MINERAL_COLUMNS, nextMineralsView, sortMineralRows } from '../../../../src/pages/minerals/mineralsModel'
import { route } from '../../../../src/pages/minerals/route'
import type { MineralRow } from '../../../../src/pages/minerals/route'
import { fixtureContext } from '../routeContext'

/** The fixture's mineral row, and two more made from it with other names and figures. */
const [cobalt] = route.data(fixtureContext(), {})!.extra as MineralRow[]
const variant = (id: string, name: string, reserves: number | null, deals: number): MineralRow => ({
  ...cobalt!,
  resource: { id, name },
  worldReserves: { ...cobalt!.worldReserves, value: reserves },
  deals,
})
const rows = [cobalt!, variant('zinc', 'Zinc', 5e9, 0), variant('antimony', 'Antimony', 10, 7)]
const ids = (rs: MineralRow[]) => rs.map((r) => r.resource.id)
const column = (sort: string) => MINERAL_COLUMNS.find((c) => c.sort === sort)!

describe('sortMineralRows', () => {
  it('orders the rows by name from A, by reserves from the largest, by deals from the fewest', () => {
    expect(ids(sortMineralRows(rows, { sort: 'name', dir: 'asc' }))).toEqual(['antimony', 'cobalt', 'zinc'])
    expect(ids(sortMineralRows(rows, { sort: 'reserves', dir: 'desc' }))).toEqual(['zinc', 'cobalt', 'antimony'])
    expect(ids(sortMineralRows(rows, { sort: 'deals', dir: 'asc' }))[0]).toBe('zinc')
  })

  it('puts a figure USGS does not give after every figure it gives, largest first', () => {
    const withGap = rows.map((r, i) => (i === 0 ? { ...r, worldReserves: { ...r.worldReserves, value: null } } : r))
    const sorted = sortMineralRows(withGap, { sort: 'reserves', dir: 'desc' })
    expect(ids(sorted).at(-1)).toBe(withGap[0]!.resource.id)
  })

  it('does not reorder the rows it is given', () => {
    const before = ids(rows)
    sortMineralRows(rows, { sort: 'deals', dir: 'desc' })
    expect(ids(rows)).toEqual(before)
  })
})

describe('nextMineralsView', () => {
  it('flips the direction of the column already sorted', () => {
    expect(nextMineralsView({ sort: 'hhi', dir: 'desc' }, column('hhi'))).toEqual({ sort: 'hhi', dir: 'asc' })
    expect(nextMineralsView({ sort: 'hhi', dir: 'asc' }, column('hhi'))).toEqual({ sort: 'hhi', dir: 'desc' })
  })

  it('starts a figure column with the largest first and the name column from A', () => {
    expect(nextMineralsView({ sort: 'name', dir: 'asc' }, column('top3'))).toEqual({ sort: 'top3', dir: 'desc' })
    expect(nextMineralsView({ sort: 'deals', dir: 'desc' }, column('name'))).toEqual({ sort: 'name', dir: 'asc' })
  })
})
