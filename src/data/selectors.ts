/**
 * Pure derived data: everything a page assembles from the dataset. No React;
 * each selector takes the dataset (or an index of it) as its first argument so
 * tests can pass small fixtures.
 */
import type {
  Actor,
  Agreement,
  Assessment,
  Conflict,
  ConflictStatus,
  Dataset,
  Discrepancy,
  PartyRole,
  Resource,
  Site,
  Source,
  Stake,
  StatusEntry,
  UsgsTable,
  UsgsValue,
} from './schema'

export interface DatasetIndex {
  data: Dataset
  conflicts: Map<string, Conflict>
  agreements: Map<string, Agreement>
  actors: Map<string, Actor>
  sources: Map<string, Source>
  resources: Map<string, Resource>
  usgs: Map<string, UsgsTable>
  sites: Map<string, Site>
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]))

export function makeIndex(data: Dataset): DatasetIndex {
  return {
    data,
    conflicts: byId(data.conflicts),
    agreements: byId(data.agreements),
    actors: byId(data.actors),
    sources: byId(data.sources),
    resources: byId(data.resources),
    usgs: byId(data.usgs),
    sites: byId(data.sites),
  }
}

/** Compares partial ISO dates as text: `2025-06` sorts before `2025-06-27`. */
export const compareDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The agreements and events of a conflict, oldest first (ties keep dataset order). */
export function agreementsOfConflict(ix: DatasetIndex, conflictId: string): Agreement[] {
  return ix.data.agreements
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => a.conflict === conflictId)
    .sort((x, y) => compareDates(x.a.date, y.a.date) || x.i - y.i)
    .map(({ a }) => a)
}

/** The status entry in force on `date` (the last one dated on or before it), or null before the first. */
export function statusAsOf(conflict: Conflict, date: string): StatusEntry | null {
  let found: StatusEntry | null = null
  for (const entry of conflict.statusHistory) if (compareDates(entry.date, date) <= 0) found = entry
  return found
}

/** The latest status entry: the conflict's current status. */
export function currentStatus(conflict: Conflict): StatusEntry {
  const last = conflict.statusHistory[conflict.statusHistory.length - 1]
  if (!last) throw new Error(`conflict ${conflict.id} has no status history`)
  return last
}

export function latestAgreement(ix: DatasetIndex, conflictId: string): Agreement | undefined {
  const deals = agreementsOfConflict(ix, conflictId).filter((a) => a.kind === 'agreement')
  return deals[deals.length - 1]
}

export interface CountryRole {
  conflict: Conflict
  role: PartyRole
  actor: Actor
}

/** Conflicts in which the state with this ISO code is a party, with its role. */
export function conflictsOfCountry(ix: DatasetIndex, iso3: string): CountryRole[] {
  const out: CountryRole[] = []
  for (const conflict of ix.data.conflicts) {
    for (const p of conflict.parties) {
      const actor = ix.actors.get(p.actor)
      if (actor?.iso3 === iso3) out.push({ conflict, role: p.role, actor })
    }
  }
  return out
}

/** ISO codes of the belligerent (and backer) states of a conflict. */
export function partyIso3s(ix: DatasetIndex, conflict: Conflict, roles: PartyRole[] = ['belligerent', 'backer']): string[] {
  const out: string[] = []
  for (const p of conflict.parties) {
    const iso = ix.actors.get(p.actor)?.iso3
    if (iso && roles.includes(p.role) && !out.includes(iso)) out.push(iso)
  }
  return out
}

export const stakesOfConflict = (ix: DatasetIndex, conflictId: string): Stake[] =>
  ix.data.stakes.filter((s) => s.conflict === conflictId)

export const sitesOfConflict = (ix: DatasetIndex, conflictId: string): Site[] =>
  ix.data.sites.filter((s) => s.conflicts.includes(conflictId))

export const assessmentsOfConflict = (ix: DatasetIndex, conflictId: string): Assessment[] =>
  ix.data.assessments.filter((a) => a.about.conflicts.includes(conflictId))

export const assessmentsOfAgreement = (ix: DatasetIndex, agreementId: string): Assessment[] =>
  ix.data.assessments.filter((a) => a.about.agreements.includes(agreementId))

export const discrepanciesOfConflict = (ix: DatasetIndex, conflictId: string): Discrepancy[] =>
  ix.data.discrepancies.filter(
    (d) =>
      d.conflict === conflictId || d.agreements.some((a) => ix.agreements.get(a)?.conflict === conflictId),
  )

export const discrepanciesOfAgreement = (ix: DatasetIndex, agreementId: string): Discrepancy[] =>
  ix.data.discrepancies.filter((d) => d.agreements.includes(agreementId))

/** Resource ids at stake in a conflict, in first-mention order. */
export function resourcesOfConflict(ix: DatasetIndex, conflictId: string): Resource[] {
  const seen = new Set<string>()
  const out: Resource[] = []
  for (const s of stakesOfConflict(ix, conflictId)) {
    const r = ix.resources.get(s.resource)
    if (r && !seen.has(r.id)) {
      seen.add(r.id)
      out.push(r)
    }
  }
  return out
}

/** Agreements tied to a resource: those a stake of it names, and those that trade it themselves (`resources`). */
export function agreementsOfResource(ix: DatasetIndex, resourceId: string): Agreement[] {
  const ids = new Set<string>()
  for (const s of ix.data.stakes) if (s.resource === resourceId) for (const a of s.agreements) ids.add(a)
  return ix.data.agreements
    .filter((a) => ids.has(a.id) || a.resources?.includes(resourceId))
    .sort((x, y) => compareDates(x.date, y.date))
}

export function conflictsOfResource(ix: DatasetIndex, resourceId: string): Conflict[] {
  const ids = new Set(ix.data.stakes.filter((s) => s.resource === resourceId).map((s) => s.conflict))
  return ix.data.conflicts.filter((c) => ids.has(c.id))
}

/**
 * Numbers every source a page cites, in first-cited order, so claims can point
 * to `[n]`. Pass the records (or sub-records) the page shows.
 */
export function collectSources(ix: DatasetIndex, ...records: unknown[]): Source[] {
  const ids: string[] = []
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit)
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'sources' && Array.isArray(x)) {
          for (const s of x) if (typeof s === 'string' && !ids.includes(s)) ids.push(s)
        } else visit(x)
      }
    }
  }
  records.forEach(visit)
  return ids.map((id) => ix.sources.get(id)).filter((s): s is Source => s !== undefined)
}

// ---------------------------------------------------------------- minerals

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

export const CONFLICT_STATUS_ORDER: readonly ConflictStatus[] = [
  'active-conflict',
  'deal-suspended',
  'ceasefire',
  'peace-process',
  'no-armed-conflict',
]

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
  const leader = shares.find((s) => s.value !== null)
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

/** Previous and next conflict in dataset order, wrapping around. */
export function neighbours(ix: DatasetIndex, conflictId: string): { prev: Conflict; next: Conflict } | null {
  const list = ix.data.conflicts
  const i = list.findIndex((c) => c.id === conflictId)
  if (i < 0 || list.length < 2) return null
  return { prev: list[(i - 1 + list.length) % list.length] as Conflict, next: list[(i + 1) % list.length] as Conflict }
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
