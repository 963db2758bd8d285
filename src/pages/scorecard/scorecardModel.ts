/**
 * The scorecard's model: one row per conflict, setting the White House claim beside
 * the sourced record (status then and now, deals, terms, fighting since, expert
 * stances) and a neutral verdict derived from them. Pure; the build runs it on the
 * whole dataset and the page receives only its rows.
 */
import type { Agreement, AgreementStatus, Conflict, ConflictStatus, Stance, StatusEntry } from '../../data/schema'
import {
  agreementsOfConflict,
  assessmentsOfConflict,
  compareDates,
  currentStatus,
  statusAsOf,
  type DatasetIndex,
} from '../../data/selectors'
import { RESOURCE_TERMS } from '../../lib/labels'
import { SIGNED_STATUSES } from '../../data/vocab'
import { dealName } from '../../data/dealHeading'
import { scorecardVerdict } from './scorecardVerdict'

/** A dated status, with where its evidence is. */
export interface ScoreStatus {
  status: ConflictStatus
  label: string
  date: string
  sources: string[]
  /** The deal page the entry is about, if any. */
  deal: string | null
}

export interface ScoreEvent {
  date: string
  label: string
  sources: string[]
  deal: string | null
}

export interface ScoreRow {
  id: string
  name: string
  shortName: string
  claim: { counted: boolean; since: string | null; sources: string[] }
  /** The status on the claim's date; null when not counted (or dated before the history). */
  then: ScoreStatus | null
  now: ScoreStatus
  deals: {
    signed: number
    /** Signed by at least two of the conflict's belligerents or backers. */
    betweenParties: number
    /** Signed deals whose signatories the sources do not record (a ceasefire agreed between armies). */
    unrecorded: number
    latest: { id: string; title: string; date: string } | null
  }
  terms: {
    /** Deals of the conflict (either track) with a minerals, energy, economic, access or corridor clause. */
    withClause: Array<{ id: string; title: string }>
    /** What the United States gets, per deal, in the atlas's words. */
    usGets: Array<{ deal: string; title: string; gets: string[] }>
  }
  /** Fighting in the status history and violations, suspensions or collapses of its deals, after the claim. */
  fighting: { count: number; latest: ScoreEvent | null }
  stances: Record<Stance, number>
  verdict: { text: string; sources: string[] }
}

/** Statuses that mean a deal was signed at some point. */
const SIGNED: ReadonlySet<AgreementStatus> = new Set(SIGNED_STATUSES)
const BROKEN: ReadonlySet<AgreementStatus> = new Set(['violated', 'suspended', 'collapsed'])
const FIGHTING: ReadonlySet<ConflictStatus> = new Set(['active-conflict', 'deal-suspended'])

const scoreStatus = (s: StatusEntry): ScoreStatus => ({
  status: s.status,
  label: s.label,
  date: s.date,
  sources: s.sources,
  deal: s.agreement ?? null,
})

export const isSigned = (a: Agreement): boolean =>
  a.kind === 'agreement' && a.statusHistory.some((s) => SIGNED.has(s.status))

function fightingSince(conflict: Conflict, deals: readonly Agreement[], since: string | null): ScoreRow['fighting'] {
  if (!since) return { count: 0, latest: null }
  const after = (date: string) => compareDates(date, since) > 0
  const events: ScoreEvent[] = [
    ...conflict.statusHistory
      .filter((s) => FIGHTING.has(s.status) && after(s.date))
      .map((s) => ({ date: s.date, label: s.label, sources: s.sources, deal: s.agreement ?? null })),
    ...deals.flatMap((a) =>
      a.statusHistory
        .filter((s) => BROKEN.has(s.status) && after(s.date))
        .map((s) => ({
          date: s.date,
          label: `${dealName(a)}: ${s.label}`,
          sources: s.sources,
          deal: a.id,
        })),
    ),
  ].sort((x, y) => compareDates(x.date, y.date))
  return { count: events.length, latest: events[events.length - 1] ?? null }
}

export function scorecardRow(ix: DatasetIndex, conflict: Conflict): ScoreRow {
  const all = agreementsOfConflict(ix, conflict.id)
  const peace = all.filter((a) => a.track === 'peace')
  const signed = peace.filter(isSigned)
  const sides = new Set(
    conflict.parties.filter((p) => p.role === 'belligerent' || p.role === 'backer').map((p) => p.actor),
  )
  const between = signed.filter((a) => new Set(a.signatories.map((s) => s.party).filter((p) => sides.has(p))).size >= 2)
  const latest = signed[signed.length - 1]
  const isUs = (actorId: string) => ix.actors.get(actorId)?.iso3 === 'USA'
  const dealsOfAll = all.filter((a) => a.kind === 'agreement')
  const claim = conflict.whiteHouseClaim
  const since = claim.counted ? (claim.since ?? null) : null
  const thenEntry = since ? statusAsOf(conflict, since) : null
  const stances: Record<Stance, number> = { skeptical: 0, mixed: 0, supportive: 0 }
  for (const a of assessmentsOfConflict(ix, conflict.id)) stances[a.stance] += 1
  const row: Omit<ScoreRow, 'verdict'> = {
    id: conflict.id,
    name: conflict.name,
    shortName: conflict.shortName,
    claim: { counted: claim.counted, since, sources: claim.sources },
    then: thenEntry && scoreStatus(thenEntry),
    now: scoreStatus(currentStatus(conflict)),
    deals: {
      signed: signed.length,
      betweenParties: between.length,
      unrecorded: signed.filter((a) => a.signatories.length === 0).length,
      latest: latest ? { id: latest.id, title: dealName(latest), date: latest.date } : null,
    },
    terms: {
      withClause: dealsOfAll
        .filter((a) => a.provisions.some((p) => p.terms.some((t) => RESOURCE_TERMS.has(t))))
        .map((a) => ({ id: a.id, title: dealName(a) })),
      usGets: dealsOfAll.flatMap((a) =>
        a.traded.filter((t) => isUs(t.party)).map((t) => ({ deal: a.id, title: dealName(a), gets: t.gets })),
      ),
    },
    fighting: fightingSince(conflict, dealsOfAll, since),
    stances,
  }
  return { ...row, verdict: scorecardVerdict(row) }
}

/** The scorecard: every conflict in dataset order. */
export const scorecardModel = (ix: DatasetIndex): ScoreRow[] => ix.data.conflicts.map((c) => scorecardRow(ix, c))

/** Every source id the rows cite, in first-cited order. */
export function scorecardSourceIds(rows: readonly ScoreRow[]): string[] {
  const ids = new Set<string>()
  for (const r of rows) {
    for (const list of [r.claim.sources, r.then?.sources ?? [], r.now.sources, r.fighting.latest?.sources ?? []])
      for (const id of list) ids.add(id)
    for (const id of r.verdict.sources) ids.add(id)
  }
  return [...ids]
}
