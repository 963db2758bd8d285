import type { RouteBuild } from '../routeTypes'
import { compareExtra } from './compareSummaries'

/**
 * The compare page: the chooser's catalogue, every deal's minerals and a summary of
 * every conflict. A deal's full record is fetched from its own page's data file when
 * it is compared.
 */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => ({ slice: {}, extra: compareExtra(ix) }),
}
