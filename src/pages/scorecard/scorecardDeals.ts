/**
 * The scorecard's second section: the minerals deals of the wider US diplomacy, beyond
 * the conflicts' peace tracks, with what the United States gets and where each stands.
 * Pure.
 */
import type { AgreementStatus } from '../../data/schema'
import { dealHeading, type DealHeading } from '../../data/dealHeading'
import { agreementStatus } from '../../data/status'
import { compareDates, type DatasetIndex } from '../../data/selectors'

export interface DealScoreRow extends DealHeading {
  /** The other signatories, the United States left out. */
  partners: string[]
  usGets: string[]
  status: { status: AgreementStatus; label: string; date: string; sources: string[] } | null
  /** The conflict the sources tie it to, if any. */
  conflict: { id: string; shortName: string } | null
}

export function scorecardDeals(ix: DatasetIndex): DealScoreRow[] {
  const isUs = (id: string) => ix.actors.get(id)?.iso3 === 'USA'
  const name = (id: string) => ix.actors.get(id)?.shortName ?? ix.actors.get(id)?.name ?? id
  return ix.data.agreements
    .filter((a) => a.track === 'minerals-diplomacy' && a.kind === 'agreement')
    .sort((x, y) => compareDates(x.date, y.date))
    .map((a) => {
      const s = agreementStatus(a)
      const c = a.conflict ? ix.conflicts.get(a.conflict) : undefined
      return {
        ...dealHeading(a),
        partners: [...new Set(a.signatories.map((x) => x.party).filter((p) => !isUs(p)))].map(name),
        usGets: a.traded.filter((t) => isUs(t.party)).flatMap((t) => t.gets),
        status: s && { status: s.status, label: s.label, date: s.date, sources: s.sources },
        conflict: c ? { id: c.id, shortName: c.shortName } : null,
      }
    })
}
