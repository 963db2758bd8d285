import type { RouteBuild } from '../routeTypes'
import { route as timeline } from '../timeline/route'

/** The timeline's embed (`/embed/timeline`): the timeline page's data. */
export const route: RouteBuild = { paths: timeline.paths, data: timeline.data }
