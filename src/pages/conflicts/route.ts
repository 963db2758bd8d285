import type { RouteBuild } from '../routeTypes'
import { thinStake } from '../../data/thin'
import { conflictDeals, type DealsByConflict } from '../../map/conflictDeals'
import { listedConflict, listedPeaceDeals } from '../../map/listRecords'

export interface ConflictsExtra {
  /** Each conflict's deals summed up: its newest sourced event. */
  deals: DealsByConflict
}

/** The list of conflicts: each with its status, latest deal and the resources at stake. */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => {
    const agreements = listedPeaceDeals(ix)
    return {
      slice: {
        conflicts: ix.data.conflicts.map(listedConflict),
        agreements,
        stakes: ix.data.stakes.map(thinStake),
        actors: ix.data.actors.filter(
          (x) =>
            ix.data.conflicts.some((c) => c.parties.some((p) => p.actor === x.id)) ||
            agreements.some((a) => a.signatories.some((s) => s.party === x.id)),
        ),
        resources: ix.data.resources.map((r) => ({ ...r, uses: undefined, chinaShares: [], sources: undefined })),
      },
      extra: { deals: conflictDeals(ix) } satisfies ConflictsExtra,
    }
  },
}
