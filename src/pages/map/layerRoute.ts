import type { RouteBuild } from '../routeTypes'
import { layerMinerals } from '../../map/mapModel'
import { mapData } from './mapData'
import { mapCard } from './mapCard'

/** A mineral layer of the world map: `/map/cobalt` (reserves) and `/map/cobalt/production`. */
export const route: RouteBuild = {
  paths: (ix) =>
    layerMinerals(ix).flatMap((m): Array<Record<string, string>> => [
      { mineralId: m.id },
      { mineralId: m.id, measure: 'production' },
    ]),
  data: ({ ix }, { mineralId = '', measure }) => {
    if (measure !== undefined && measure !== 'production') return null
    if (!layerMinerals(ix).some((m) => m.id === mineralId)) return null
    return mapData(ix, mineralId)
  },
  card: (ctx, { mineralId = '', measure }) =>
    layerMinerals(ctx.ix).some((m) => m.id === mineralId)
      ? mapCard(ctx, mineralId, measure === 'production' ? 'production' : 'reserves')
      : null,
}
