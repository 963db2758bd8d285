/**
 * The world map's path data, without shipping the world twice. A prerendered page
 * already draws every country in its HTML: the browser reads the paths back from
 * that markup once it has hydrated, and needs no topology for the map's
 * interactions (zoom and pan transform the drawn group). Only a map mounted after a
 * client navigation from a page without one fetches them, once, from the file the
 * build writes (`map/world-shapes.json`). The build renders them from the topology
 * and provides them through `WorldPathsContext`.
 */
import { createContext, useContext, useSyncExternalStore } from 'react'
import { WORLD_SHAPES_FILE } from '../data/routeData'
import { assetUrl } from '../lib/site'

/** Path data by shape key: each country's key, plus `sphere` and `borders`. */
export type WorldPaths = ReadonlyMap<string, string>

/** One country of the world map, as pages are given it: no geometry. */
export interface WorldCountry {
  key: string
  iso3: string | null
  name: string
}

/** Filled by the build's renderer; absent in the browser. */
export const WorldPathsContext = createContext<WorldPaths | null>(null)

let cache: Map<string, string> | null = null
let loading = false
const listeners = new Set<() => void>()
const set = (paths: Map<string, string>) => {
  cache = paths
  listeners.forEach((l) => l())
}
const subscribe = (l: () => void) => {
  listeners.add(l)
  return () => listeners.delete(l)
}

/** The world's path data: the build's while it renders or the page hydrates, the browser's own after. */
export function useWorldPaths(): WorldPaths | null {
  const built = useContext(WorldPathsContext)
  return useSyncExternalStore(
    subscribe,
    () => cache,
    () => built,
  )
}

/** After the map mounts: read the paths its markup already draws, else fetch them. */
export function ensureWorldPaths(svg: SVGSVGElement): void {
  if (cache || loading) return
  const found = new Map<string, string>()
  svg.querySelectorAll<SVGPathElement>('path[data-key]').forEach((p) => {
    const d = p.getAttribute('d')
    if (d) found.set(p.dataset.key ?? '', d)
  })
  if (found.size > 0) return set(found)
  loading = true
  void fetch(assetUrl(WORLD_SHAPES_FILE))
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((json) => set(new Map(Object.entries(json))))
    .catch((e: unknown) => console.error('The world map could not load its shapes:', e))
    .finally(() => (loading = false))
}
