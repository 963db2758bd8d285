/**
 * What travels with each page: the site-wide data of the layout and the route's
 * own slice of the dataset, written by the prerender as a static JSON file beside
 * the page and embedded in its HTML for hydration. Pure, shared by the build and
 * the browser.
 */
import type { Meta } from './schema'
import type { Slice } from './slice'

/** What the layout shows on every page. */
export interface RootData {
  meta: Meta
  /** The newest dated event in the data (a status change, a deal or an event). */
  latestEvent: string
  /** The first day of the atlas's coverage (`meta.coverageFrom`). */
  coverageStart: string
  counts: { conflicts: number; deals: number; minerals: number }
}

/** A page's records, and whatever it needs beyond them (pre-projected shapes, positions). */
export interface RouteData<E = unknown> {
  slice: Slice
  extra: E
}

/** One page a reader may have meant, for the not-found page's suggestions. */
export interface CatalogueEntry {
  kind: 'conflict' | 'deal' | 'mineral'
  id: string
  to: string
  label: string
  /** Other names it goes by (short name, title). */
  alt: string[]
}

/** The data of an address that names no record: the catalogue to suggest from. */
export interface NotFoundData {
  notFound: true
  catalogue: CatalogueEntry[]
}

export type PageRouteData = RouteData | NotFoundData

export const isNotFound = (d: PageRouteData | undefined): d is NotFoundData =>
  !!d && (d as NotFoundData).notFound === true

/** The block embedded in a prerendered page (`<script type="application/json" id="route-data">`). */
export interface EmbeddedData {
  /** The in-app path the page was rendered for; `null` for 404.html. */
  path: string | null
  routeId: string
  root: RootData
  route: PageRouteData
}

export const ROUTE_DATA_ELEMENT_ID = 'route-data'

/** The file, relative to the site's base, that holds a path's data: `/` → `index.data.json`. */
export function dataFileOf(path: string): string {
  const clean = path.replace(/\/+$/, '')
  return clean === '' ? 'index.data.json' : `${clean.replace(/^\//, '')}.data.json`
}

/** The file, relative to the site's base, that holds a path's HTML: `/` → `index.html`. */
export function htmlFileOf(path: string): string {
  const clean = path.replace(/\/+$/, '')
  return clean === '' ? 'index.html' : `${clean.replace(/^\//, '')}.html`
}

export const NOT_FOUND_DATA_FILE = '404.data.json'

/** The world map's path data, for a map mounted after a client navigation (see src/map/worldPaths.ts). */
export const WORLD_SHAPES_FILE = 'map/world-shapes.json'

/** The search documents, loaded on the first search. */
export const SEARCH_DOCS_FILE = 'search/docs.json'

/**
 * The copy of a page's data embedded in its HTML: the same, less the SVG path data of
 * pre-projected shapes (`{ d: '…' }` in `extra`), which the HTML already draws; the page
 * keeps the drawn paths on hydration. The JSON file beside the page keeps them, for
 * client navigation.
 */
export function forEmbedding(e: EmbeddedData): EmbeddedData {
  if (isNotFound(e.route) || e.route.extra === null || typeof e.route.extra !== 'object') return e
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip)
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, k === 'd' && typeof x === 'string' && x.length > 200 ? '' : strip(x)]),
      )
    return v
  }
  return { ...e, route: { ...e.route, extra: strip(e.route.extra) } }
}
