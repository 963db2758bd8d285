/** A conflict's locator shapes as the build writes them (one file a conflict) and the page draws them. */
import type { Extent } from './locator'

export interface RegionShapes {
  conflict: string
  /** The frame the shapes were projected in: sites are projected with it too. */
  frame: Extent
  width: number
  height: number
  countries: Array<{ iso3: string | null; name: string; d: string; label: [number, number] | null }>
  /** The conflict's sites as drawn on this map (see placeSites.ts), given with a page's data. */
  placed?: PlacedSite[]
}

/** A site on a locator map: a corridor's path (`d`), or a point's position. */
export interface PlacedSite {
  id: string
  d: string
  x: number
  y: number
}

/** Type guard for a region file, checked when it is loaded. */
export function isRegionShapes(x: unknown): x is RegionShapes {
  const r = x as RegionShapes
  return (
    !!r &&
    typeof r.conflict === 'string' &&
    Array.isArray(r.frame) &&
    r.frame.length === 2 &&
    Array.isArray(r.countries) &&
    typeof r.width === 'number'
  )
}
