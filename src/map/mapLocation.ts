/**
 * Where a map view lives: the mineral layer in the path (`/map/cobalt`,
 * `/map/cobalt/production`), everything else in the query. Pure.
 */
import type { Measure } from '../data/selectors'
import { toMapParams, type MapView } from './mapParams'

/** The path of a view's layer: `/` for the conflict layer. */
export function layerPath(mineral: string | null, measure: Measure): string {
  if (!mineral) return '/'
  return measure === 'production' ? `/map/${mineral}/production` : `/map/${mineral}`
}

/** The address of a view: its layer's path and the rest of the view as a query. */
export function mapLocation(view: MapView): { pathname: string; search: string } {
  const sp = toMapParams({ ...view, mineral: null, measure: 'reserves' })
  const search = sp.toString()
  return { pathname: layerPath(view.mineral, view.measure), search: search ? `?${search}` : '' }
}

/** The layer a path names, from the route's params; the query's layer (old links) when the path names none. */
export function layerOf(
  params: { mineralId?: string; measure?: string },
  fromQuery: Pick<MapView, 'mineral' | 'measure'>,
): Pick<MapView, 'mineral' | 'measure'> {
  if (!params.mineralId) return fromQuery
  return { mineral: params.mineralId, measure: params.measure === 'production' ? 'production' : 'reserves' }
}
