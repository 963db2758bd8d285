import type { RouteBuild } from '../routeTypes'

/** The search page carries no records: its index loads on first use (search/docs.json). */
export const route: RouteBuild = {
  paths: () => [{}],
  data: () => ({ slice: {}, extra: null }),
}
