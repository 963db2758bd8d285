/**
 * What the compare page carries for every deal and conflict: the chooser's catalogue,
 * each deal's minerals with their USGS shares (a deal's own data file has no stakes),
 * and a compact summary of every conflict. Pure; run at build time.
 */
import { historyLookup, rollUp } from '../../data/implementation'
import type { AgreementStatus, ConflictStatus, PartyRole } from '../../data/schema'
import { agreementsOfConflict, assessmentsOfConflict, type DatasetIndex } from '../../data/selectors'
import { agreementStatus } from '../../data/status'
import { dealHeading, dealName, type DealHeading } from '../../data/dealHeading'
import { conflictMinerals, dealMinerals, type MineralAtStake } from './compareMinerals'
import { stanceLine, type StanceLine } from './stanceLine'

export interface CatalogueDeal {
  id: string
  name: string
  date: string
  conflict: string | null
  track: 'peace' | 'minerals-diplomacy'
}

export interface ConflictSummary {
  id: string
  name: string
  shortName: string
  region: string
  parties: Array<{ name: string; role: PartyRole }>
  statusPath: Array<{ date: string; status: ConflictStatus; label: string }>
  minerals: MineralAtStake[]
  deals: Array<DealHeading & { status: AgreementStatus | null; provisions: number; progress: number; setback: number }>
  stances: StanceLine[]
}

export interface CompareExtra {
  deals: CatalogueDeal[]
  conflicts: ConflictSummary[]
  /** Only deals with minerals. */
  dealMinerals: Record<string, MineralAtStake[]>
}

export function compareExtra(ix: DatasetIndex): CompareExtra {
  const history = historyLookup(ix.data.implementation)
  const agreements = ix.data.agreements.filter((a) => a.kind === 'agreement')
  const dealMineralsById: Record<string, MineralAtStake[]> = {}
  for (const a of agreements) {
    const m = dealMinerals(ix, a)
    if (m.length > 0) dealMineralsById[a.id] = m
  }
  return {
    deals: agreements.map((a) => ({
      id: a.id,
      name: dealName(a),
      date: a.date,
      conflict: a.conflict ?? null,
      track: a.track,
    })),
    dealMinerals: dealMineralsById,
    conflicts: ix.data.conflicts.map((c) => ({
      id: c.id,
      name: c.name,
      shortName: c.shortName,
      region: c.region,
      parties: c.parties.map((p) => ({ name: ix.actors.get(p.actor)?.name ?? p.actor, role: p.role })),
      statusPath: c.statusHistory.map((s) => ({ date: s.date, status: s.status, label: s.label })),
      minerals: conflictMinerals(ix, c),
      deals: agreementsOfConflict(ix, c.id)
        .filter((a) => a.kind === 'agreement')
        .map((a) => {
          const r = rollUp(a, history)
          return {
            ...dealHeading(a),
            status: agreementStatus(a)?.status ?? null,
            provisions: r.total,
            progress: r.progress,
            setback: r.setback,
          }
        }),
      stances: assessmentsOfConflict(ix, c.id).map(stanceLine),
    })),
  }
}
