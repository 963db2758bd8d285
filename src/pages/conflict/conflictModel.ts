/**
 * The conflict page's model: the conflict and everything its page shows, found
 * in the page's records. Pure; tested against the fixture.
 */
import { latestEventOfConflict } from '../../data/freshness'
import type { Actor, Agreement, Conflict, ConflictParty, PartyRole, StatusEntry } from '../../data/schema'
import {
  agreementsOfConflict,
  assessmentsOfConflict,
  collectSources,
  currentStatus,
  discrepanciesOfConflict,
  partyIso3s,
  sitesOfConflict,
  stakesOfConflict,
  type DatasetIndex,
} from '../../data/selectors'
import { formatDate } from '../../lib/format'
import { CONFLICT_STATUS_LABEL } from '../../lib/labels'

const ROLE_ORDER: PartyRole[] = ['belligerent', 'backer', 'mediator', 'observer']
const ROLE_HEADING: Record<PartyRole, string> = {
  belligerent: 'Parties',
  backer: 'Backers',
  mediator: 'Mediators',
  observer: 'Observers',
}

export interface PartyGroup {
  role: PartyRole
  heading: string
  members: Array<{ party: ConflictParty; actor: Actor | undefined; name: string; kindLabel: string | null }>
}

const KIND_LABEL: Record<Actor['kind'], string | null> = {
  state: null,
  'non-state-armed-group': 'non-state armed group',
  'political-movement': 'political movement',
  'international-organization': 'international organization',
  company: 'company',
}

export function partyGroups(ix: DatasetIndex, conflict: Conflict): PartyGroup[] {
  return ROLE_ORDER.flatMap((role) => {
    const ps = conflict.parties.filter((p) => p.role === role)
    if (ps.length === 0) return []
    return [
      {
        role,
        heading: ROLE_HEADING[role],
        members: ps.map((party) => {
          const actor = ix.actors.get(party.actor)
          return { party, actor, name: actor?.name ?? party.actor, kindLabel: actor ? KIND_LABEL[actor.kind] : null }
        }),
      },
    ]
  })
}

/** `since`: the day the atlas's coverage starts (`RootData.coverageStart`). */
export function conflictModel(ix: DatasetIndex, conflictId: string, since: string) {
  const conflict = ix.conflicts.get(conflictId)
  if (!conflict) return null
  const status: StatusEntry = currentStatus(conflict)
  const all: Agreement[] = agreementsOfConflict(ix, conflict.id)
  const deals = all.filter((a) => a.track === 'peace')
  const stakes = stakesOfConflict(ix, conflict.id)
  const sites = sitesOfConflict(ix, conflict.id)
  const assessments = assessmentsOfConflict(ix, conflict.id)
  const discrepancies = discrepanciesOfConflict(ix, conflict.id)
  const signed = deals.filter((d) => d.kind === 'agreement')
  return {
    conflict,
    status,
    parties: partyGroups(ix, conflict),
    partyIso3s: partyIso3s(ix, conflict),
    deals,
    /** Deals of the wider minerals diplomacy that the sources tie to this conflict, shown apart. */
    mineralsDeals: all.filter((a) => a.track === 'minerals-diplomacy'),
    stakes,
    sites,
    assessments,
    discrepancies,
    sources: collectSources(
      ix,
      conflict,
      all.map((d) => ({ sources: d.sources })),
      stakes,
      sites,
      assessments,
      discrepancies,
    ),
    signedCount: signed.length,
    /** Agreements signed since the atlas's coverage starts (an older one, Kosovo–Serbia 2020, does not count). */
    signedSinceStart: signed.filter((d) => d.date >= since).length,
    coverageYear: since.slice(0, 4),
    freshness: {
      latestEvent: latestEventOfConflict(conflict, all),
      checkedThrough: conflict.sourcesCheckedThrough ?? ix.data.meta.sourcesCheckedThrough,
      note: conflict.freshnessNote ?? null,
    },
    description: `${conflict.name}: ${CONFLICT_STATUS_LABEL[status.status].toLowerCase()} as of ${formatDate(status.date)}. ${signed.length} agreements, the minerals at stake, expert views and sources.`,
  }
}

export type ConflictModel = NonNullable<ReturnType<typeof conflictModel>>
