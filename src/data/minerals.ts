/** The minerals: USGS cells, each country's share of the world, concentration, the bars of a stake. Pure. */
import type { Conflict, Resource, UsgsTable, UsgsValue } from './schema'
import { agreementsOfResource, partyIso3s, type DatasetIndex } from './selectors'
import { thinTable } from './thin'

export type Measure = 'reserves' | 'production'

/** The value of a USGS row for a measure (production: the latest year). */
export function usgsCell(row: { production: { latest: UsgsValue }; reserves: UsgsValue }, measure: Measure): UsgsValue {
  return measure === 'reserves' ? row.reserves : row.production.latest
}

export interface CountryShare {
  iso3: string
  usgsName: string
  value: number | null
  cell: UsgsValue
  /** Percent of the world total, when both are numbers. */
  share: number | null
}

/** Every country row of a USGS table for a measure, largest first; shares are of the USGS world total. */
export function countryShares(table: UsgsTable, measure: Measure): CountryShare[] {
  const world = usgsCell(table.world, measure).value
  return table.rows
    .map((row) => {
      const cell = usgsCell(row, measure)
      const value = cell.value
      const share = value !== null && world !== null && world > 0 ? (value / world) * 100 : null
      return { iso3: row.iso3, usgsName: row.usgsName, value, cell, share }
    })
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1))
}

/** The largest country with a figure, of shares sorted largest first: the comparison a stake's bars show. */
export const leaderOf = (shares: readonly CountryShare[]): CountryShare | undefined =>
  shares.find((s) => s.value !== null)

/**
 * A USGS table cut to what the bars of these countries show: their rows and the
 * leader's of each measure, with the world total (shares stay right) and the citation
 * (see thinTable).
 */
export function tableForBars(table: UsgsTable, iso3s: readonly string[]): UsgsTable {
  const keep = new Set(iso3s)
  for (const m of ['reserves', 'production'] as const) {
    const leader = leaderOf(countryShares(table, m))
    if (leader) keep.add(leader.iso3)
  }
  return { ...thinTable(table), rows: table.rows.filter((r) => keep.has(r.iso3)) }
}

export function shareOf(table: UsgsTable, iso3: string, measure: Measure): CountryShare | undefined {
  return countryShares(table, measure).find((s) => s.iso3 === iso3)
}

export interface Concentration {
  /** Combined share of the three largest, percent. */
  top3: number | null
  /** Herfindahl-Hirschman index over the listed countries' shares (0-10,000). */
  hhi: number | null
  leader: CountryShare | null
}

/**
 * Concentration of a measure. HHI sums squared percentage shares of the listed
 * countries; the unlisted remainder ("Other countries") is left out, so the
 * index is a lower bound.
 */
export function concentration(table: UsgsTable, measure: Measure): Concentration {
  const shares = countryShares(table, measure).filter((s) => s.share !== null)
  if (shares.length === 0) return { top3: null, hhi: null, leader: null }
  const top3 = shares.slice(0, 3).reduce((sum, s) => sum + (s.share ?? 0), 0)
  const hhi = shares.reduce((sum, s) => sum + (s.share ?? 0) ** 2, 0)
  return { top3, hhi, leader: shares[0] ?? null }
}

export interface StakeBar {
  iso3: string
  label: string
  share: number | null
  value: number | null
  cell: UsgsValue | null
  isParty: boolean
  isLeader: boolean
}

/**
 * Bars for one resource and measure on a conflict page: every party state (listed
 * by USGS or not) and the world leader for comparison. Empty when the resource
 * has no USGS table.
 */
export function stakeBars(ix: DatasetIndex, conflict: Conflict, resourceId: string, measure: Measure): StakeBar[] {
  const res = ix.resources.get(resourceId)
  const table = res?.usgs ? ix.usgs.get(res.usgs) : undefined
  if (!table || table.rows.length === 0) return []
  const shares = countryShares(table, measure)
  const leader = leaderOf(shares)
  const parties = partyIso3s(ix, conflict)
  const out: StakeBar[] = parties.map((iso) => {
    const s = shares.find((x) => x.iso3 === iso)
    return {
      iso3: iso,
      label: [...ix.actors.values()].find((a) => a.iso3 === iso)?.name ?? iso,
      share: s?.share ?? null,
      value: s?.value ?? null,
      cell: s?.cell ?? null,
      isParty: true,
      isLeader: leader?.iso3 === iso,
    }
  })
  if (leader && !parties.includes(leader.iso3)) {
    out.push({
      iso3: leader.iso3,
      label: [...ix.actors.values()].find((a) => a.iso3 === leader.iso3)?.name ?? leader.usgsName,
      share: leader.share,
      value: leader.value,
      cell: leader.cell,
      isParty: false,
      isLeader: true,
    })
  }
  return out
}

export interface MineralSummary {
  resource: Resource
  table: UsgsTable
  worldReserves: UsgsValue
  reservesLeader: CountryShare | null
  production: Concentration
  /** The highest China share the dataset records for the mineral, with its stage. */
  china: Resource['chinaShares'][number] | null
  deals: number
}

/** One row of the minerals index per mineral with a USGS table. */
export function mineralSummaries(ix: DatasetIndex): MineralSummary[] {
  return ix.data.resources.flatMap((r) => {
    const table = r.usgs ? ix.usgs.get(r.usgs) : undefined
    if (!table || r.kind !== 'mineral') return []
    const reserves = concentration(table, 'reserves')
    const china = r.chinaShares.reduce<MineralSummary['china']>((best, c) => (!best || c.share > best.share ? c : best), null)
    return [
      {
        resource: r,
        table,
        worldReserves: table.world.reserves,
        reservesLeader: reserves.leader,
        production: concentration(table, 'production'),
        china,
        deals: agreementsOfResource(ix, r.id).length,
      },
    ]
  })
}
