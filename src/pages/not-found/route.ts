import type { RouteBuild } from '../routeTypes'

/** The catch-all route: prerendered once, as 404.html; its data is the not-found catalogue. */
export const route: RouteBuild = {
  paths: () => [],
  data: () => null,
}
