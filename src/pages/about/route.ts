import type { RouteBuild } from '../routeTypes'

/** The about page shows the seed article's source record and the dataset's dates. */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => ({ slice: { sources: ix.data.sources.filter((s) => s.id === ix.data.meta.seed) }, extra: null }),
}
