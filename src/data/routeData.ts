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
