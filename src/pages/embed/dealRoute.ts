import type { RouteBuild } from '../routeTypes'
import { route as deal } from '../deal/route'

/** A deal's embed (`/embed/deals/<id>`): the deal page's data, and no social card of its own. */
export const route: RouteBuild = { paths: deal.paths, data: deal.data }
