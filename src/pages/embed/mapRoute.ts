import type { RouteBuild } from '../routeTypes'
import { route as layer } from '../map/layerRoute'
import { mapData } from '../map/mapData'

/** The world map's embeds: `/embed/map` (no layer), `/embed/map/cobalt`, `/embed/map/cobalt/production`. */
export const route: RouteBuild = {
  paths: (ix) => [{}, ...layer.paths(ix)],
  data: (ctx, params) => (params.mineralId ? layer.data(ctx, params) : mapData(ctx.ix, null)),
}
