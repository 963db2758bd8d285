/** The shape of an entry of the route table (`src/routes.ts`). */
import type { ComponentType } from 'react'
import type { DatasetIndex } from '../data/selectors'
import type { RegionShapes } from '../map/locator'
import type { SocialCard } from '../og/socialImage'
import type { RouteData } from '../data/routeData'

export type Params = Record<string, string>

/** What the build gives a route: the whole dataset's index and the pre-cut regional shapes. */
export interface BuildContext {
  ix: DatasetIndex
  region: (conflictId: string) => RegionShapes | null
}

/** The build-time half of a route: which pages it has, the data of each, its social card. */
export interface RouteBuild {
  /** The params of every page to prerender (one `{}` for a page without params). */
  paths: (ix: DatasetIndex) => Params[]
  /** The page's data, or null when the params name no record. */
  data: (ctx: BuildContext, params: Params) => RouteData | null
  /** A social card of its own, drawn at build time; pages without one share the atlas's. */
  card?: (ctx: BuildContext, params: Params) => SocialCard | null
}

export interface RouteDef {
  id: string
  /** A react-router path pattern, from the site's root. */
  path: string
  /** The page's module, as Vite's manifest names it (the prerender preloads its chunk). */
  module: string
  page: () => Promise<{ Page: ComponentType }>
  build: () => Promise<{ route: RouteBuild }>
}

/** Fills a path pattern: `/conflicts/:conflictId` with `{ conflictId: 'x' }` → `/conflicts/x`. */
export function fillPath(pattern: string, params: Params): string {
  return pattern.replace(/:([A-Za-z]+)\??/g, (_, name: string) => params[name] ?? '').replace(/\/+$/, '') || '/'
}
