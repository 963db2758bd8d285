import type { RouteBuild } from '../routeTypes'
import { dataPageExtra } from './dataModel'

/** The data page shows the changelog, the counts of records and the downloads, not the records. */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => ({ slice: { changelog: ix.data.changelog }, extra: dataPageExtra(ix) }),
}
