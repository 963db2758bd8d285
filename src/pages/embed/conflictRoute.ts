import type { RouteBuild } from '../routeTypes'
import { route as conflict } from '../conflict/route'

/** A conflict's embed (`/embed/conflicts/<id>`): the conflict page's data, and no social card of its own. */
export const route: RouteBuild = { paths: conflict.paths, data: conflict.data }
