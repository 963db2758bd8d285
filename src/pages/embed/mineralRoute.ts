import type { RouteBuild } from '../routeTypes'
import { route as mineral } from '../mineral/route'

/** A mineral's share map as an embed (`/embed/minerals/<id>`): the mineral page's data. */
export const route: RouteBuild = { paths: mineral.paths, data: mineral.data }
