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
  UsgsTable,
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

import { compareDates } from './dates'
import { currentStatus, statusAsOf } from './status'

export { compareDates, currentStatus, statusAsOf }

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

/** The agreements and events of a conflict, oldest first (ties keep dataset order). */
export function agreementsOfConflict(ix: DatasetIndex, conflictId: string): Agreement[] {
  return ix.data.agreements
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => a.conflict === conflictId)
    .sort((x, y) => compareDates(x.a.date, y.a.date) || x.i - y.i)
    .map(({ a }) => a)
}

/**
 * The latest agreement of a conflict's peace track; with `actorId`, the latest that
 * actor signed (or that records no signatories), so a country is never shown a deal
 * it is not party to.
 */
export function latestAgreement(ix: DatasetIndex, conflictId: string, actorId?: string): Agreement | undefined {
  const deals = agreementsOfConflict(ix, conflictId).filter(
    (a) =>
      a.kind === 'agreement' &&
      a.track === 'peace' &&
      (!actorId || a.signatories.length === 0 || a.signatories.some((s) => s.party === actorId)),
  )
  return deals[deals.length - 1]
}

/** The names of the parties that signed an agreement, in the order first listed. */
export const signatoryNames = (ix: DatasetIndex, a: Agreement): string[] => [
  ...new Set(a.signatories.map((s) => ix.actors.get(s.party)?.shortName ?? ix.actors.get(s.party)?.name ?? s.party)),
]

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

export const CONFLICT_STATUS_ORDER: readonly ConflictStatus[] = [
  'active-conflict',
  'deal-suspended',
  'ceasefire',
  'peace-process',
  'no-armed-conflict',
]

/** Previous and next conflict in dataset order, wrapping around. */
export function neighbours(ix: DatasetIndex, conflictId: string): { prev: Conflict; next: Conflict } | null {
  const list = ix.data.conflicts
  const i = list.findIndex((c) => c.id === conflictId)
  if (i < 0 || list.length < 2) return null
  return { prev: list[(i - 1 + list.length) % list.length] as Conflict, next: list[(i + 1) % list.length] as Conflict }
}


export * from './minerals'
