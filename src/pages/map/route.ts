import type { RouteBuild } from '../routeTypes'
import { mapData } from './mapData'
import { mapCard } from './mapCard'

/** The home page: the world map of the conflicts, with no mineral layer. */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => mapData(ix, null),
  card: (ctx) => mapCard(ctx, null, 'reserves'),
}
