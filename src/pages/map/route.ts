import type { RouteBuild } from '../routeTypes'
import { mapData } from './mapData'

/** The home page: the world map of the conflicts, with no mineral layer. */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => mapData(ix, null),
}
