/**
 * Locator maps of conflict pages: the region each one frames and its projection.
 * Pure; shared by the build script that pre-cuts the detailed (1:50m) shapes and
 * by the page that draws them, so both project the same way.
 */
import { geoMercator, type GeoProjection } from 'd3-geo'

export const LOCATOR_WIDTH = 640
export const LOCATOR_HEIGHT = 420

/** [[west, south], [east, north]] in degrees. */
export type Extent = [[number, number], [number, number]]

/**
 * The frame of each conflict's locator map: the parties' theatre and the sites
 * the atlas records, not the whole of large parties such as Russia. A cartographic
 * choice, not a claim about where a conflict ends.
 */
export const LOCATOR_EXTENT: Record<string, Extent> = {
  'russia-ukraine': [[21.5, 43.5], [41.5, 53]],
  'drc-rwanda': [[12, -13.8], [31.5, 0.5]],
  'armenia-azerbaijan': [[43, 38.2], [50.8, 41.9]],
  'india-pakistan': [[60, 23], [79.5, 37.5]],
  'cambodia-thailand': [[96.5, 1.5], [108.5, 20.5]],
  'egypt-ethiopia': [[24, 3], [48, 32]],
  'kosovo-serbia': [[18.5, 41.7], [23.2, 46.3]],
  'israel-iran': [[33, 24], [64, 40]],
  'israel-hamas': [[32.2, 27.5], [36.2, 33.5]],
}

/** A Mercator projection that fits the extent into the locator box. */
export function makeLocatorProjection(extent: Extent, width = LOCATOR_WIDTH, height = LOCATOR_HEIGHT): GeoProjection {
  const [[w, s], [e, n]] = extent
  return geoMercator()
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [w, s],
              [e, s],
              [e, n],
              [w, n],
              [w, s],
            ],
          ],
        },
      },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ])
}

export interface RegionShapes {
  conflict: string
  width: number
  height: number
  countries: Array<{ iso3: string | null; name: string; d: string; label: [number, number] | null }>
}

/** Type guard for a region file, checked when it is loaded. */
export function isRegionShapes(x: unknown): x is RegionShapes {
  const r = x as RegionShapes
  return !!r && typeof r.conflict === 'string' && Array.isArray(r.countries) && typeof r.width === 'number'
}

/**
 * Drops points closer than `tolerance` pixels to the last kept point of an
 * absolute M/L/Z path: at locator scale the 1:50m coastlines carry far more
 * detail than a screen shows.
 */
export function thinPath(d: string, tolerance = 0.8): string {
  const out: string[] = []
  const re = /([MLZ])([^MLZ]*)/g
  let last: [number, number] | null = null
  let pendingLast: string | null = null
  for (const m of d.matchAll(re)) {
    const cmd = m[1]
    if (cmd === 'Z') {
      if (pendingLast) out.push(pendingLast)
      pendingLast = null
      out.push('Z')
      continue
    }
    const [xs, ys] = (m[2] ?? '').split(',')
    const x = Number(xs)
    const y = Number(ys)
    if (cmd === 'M') {
      if (pendingLast) out.push(pendingLast)
      pendingLast = null
      out.push(`M${xs},${ys}`)
      last = [x, y]
    } else if (last && Math.hypot(x - last[0], y - last[1]) < tolerance) {
      // Keep the ring's final point even if close, so the shape closes where it should.
      pendingLast = `L${xs},${ys}`
    } else {
      pendingLast = null
      out.push(`L${xs},${ys}`)
      last = [x, y]
    }
  }
  if (pendingLast) out.push(pendingLast)
  return out.join('')
}
