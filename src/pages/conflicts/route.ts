import type { RouteBuild } from '../routeTypes'
import { thinAgreement, thinStake } from '../../data/thin'

/** The list of conflicts: each with its status, latest deal and the resources at stake. */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => ({
    slice: {
      conflicts: ix.data.conflicts,
      agreements: ix.data.agreements.filter((a) => a.conflict && a.kind === 'agreement').map(thinAgreement),
      stakes: ix.data.stakes.map(thinStake),
      resources: ix.data.resources.map((r) => ({ ...r, uses: undefined, chinaShares: [], sources: undefined })),
    },
    extra: null,
  }),
}
