/**
 * The world map's path data, without shipping the world twice. A prerendered page
 * already draws every country in its HTML, and the hydrated map keeps those paths as
 * they are: it never writes them again, so waking the page re-parses no shape, and it
 * needs no topology for its interactions (zoom and pan transform the drawn group).
 * The paths it draws are kept for the maps a client navigation mounts later; a map
 * mounted with none fetches them, once, from the file the build writes
 * (`map/world-shapes.json`). The build renders them from the topology and provides
 * them through `WorldPathsContext`.
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
  return useSyncExternalStore(subscribe, currentPaths, () => built)
}

/** The paths known so far: read from a hydrated map's markup the first time they are asked for. */
function currentPaths(): WorldPaths | null {
  if (!cache && donor) harvest(donor)
  return cache
}

/** A hydrated map whose markup draws the world, until its paths are read. */
let donor: SVGSVGElement | null = null

function harvest(svg: SVGSVGElement): void {
  donor = null
  if (cache) return
  const found = new Map<string, string>()
  svg.querySelectorAll<SVGPathElement>('path[data-key]').forEach((p) => {
    const d = p.getAttribute('d')
    if (d) found.set(p.dataset.key ?? '', d)
  })
  cache = found
}

/** Runs `task` when the browser is idle (soon after, where it cannot tell). */
const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 5000 }) : setTimeout(task, 200)

/** Whether a map's markup already draws the world: a prerendered page that hydrated. */
export const drawsWorld = (svg: SVGSVGElement): boolean =>
  !!svg.querySelector('path[data-key="sphere"]')?.getAttribute('d')

/**
 * After a map mounts. One that hydrated prerendered markup lends its paths to the maps
 * mounted later (a client navigation), without a re-render: it keeps drawing its own.
 * They are read from its markup once the page is idle. One whose markup draws none
 * fetches them, once.
 */
export function ensureWorldPaths(svg: SVGSVGElement): void {
  if (cache || loading || donor) return
  if (drawsWorld(svg)) {
    // Read when the page is idle, not in the task that wakes it (or at once, if a map asks first).
    donor = svg
    whenIdle(() => donor && harvest(donor))
    return
  }
  loading = true
  void fetch(assetUrl(WORLD_SHAPES_FILE))
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((json) => set(new Map(Object.entries(json))))
    .catch((e: unknown) => console.error('The world map could not load its shapes:', e))
    .finally(() => (loading = false))
}
