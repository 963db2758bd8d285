import type { RouteBuild } from '../routeTypes'
import { agreementsOfResource, conflictsOfResource } from '../../data/selectors'
import { complete } from '../../data/slice'
import { thinAgreement, thinConflict } from '../../data/thin'
import { worldCountries } from '../../map/worldGeometry'
import { mineralCard } from './mineralCard'

/** A mineral's page: its USGS table, the claims made about it, and the deals and conflicts that touch it. */
export const route: RouteBuild = {
  paths: (ix) => ix.data.resources.filter((r) => r.kind === 'mineral' && r.usgs).map((r) => ({ mineralId: r.id })),
  data: ({ ix }, { mineralId = '' }) => {
    const resource = ix.resources.get(mineralId)
    if (!resource || resource.kind !== 'mineral' || !resource.usgs || !ix.usgs.get(resource.usgs)) return null
    return {
      slice: complete(ix, {
        resources: [resource],
        stakes: ix.data.stakes
          .filter((s) => s.resource === mineralId)
          .map((s) => ({ ...s, figures: s.figures.filter((f) => f.basis === 'claim'), sources: [] })),
        agreements: agreementsOfResource(ix, mineralId).map((a) => thinAgreement(a)),
        conflicts: conflictsOfResource(ix, mineralId).map(thinConflict),
      }),
      extra: { countries: worldCountries() },
    }
  },
  card: (ctx, { mineralId = '' }) => mineralCard(ctx, mineralId),
}
