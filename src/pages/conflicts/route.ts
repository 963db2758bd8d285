import type { RouteBuild } from '../routeTypes'
import { thinAgreement, thinConflict, thinStake } from '../../data/thin'

/** The list of conflicts: each with its status, latest deal and the resources at stake. */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => ({
    slice: {
      conflicts: ix.data.conflicts.map(thinConflict),
      agreements: ix.data.agreements.filter((a) => a.track === 'peace').map((a) => thinAgreement(a)),
      stakes: ix.data.stakes.map(thinStake),
      actors: ix.data.actors.filter(
        (x) =>
          ix.data.conflicts.some((c) => c.parties.some((p) => p.actor === x.id)) ||
          ix.data.agreements.some((a) => a.track === 'peace' && a.signatories.some((s) => s.party === x.id)),
      ),
      resources: ix.data.resources.map((r) => ({ ...r, uses: undefined, chinaShares: [], sources: undefined })),
    },
    extra: null,
  }),
}
