/**
 * Locator maps of conflict pages: the region each one frames and its projection.
 * Pure; shared by the build script that pre-cuts the detailed (1:50m) shapes and
 * by the page that draws them, so both project the same way.
 */
import { geoBounds, geoMercator, type GeoProjection } from 'd3-geo'
import type { Feature, Geometry } from 'geojson'
import type { Conflict } from '../data/schema'
import { partyIso3s, type DatasetIndex } from '../data/selectors'
import type { CountryFeature } from './geo'

export const LOCATOR_WIDTH = 640
export const LOCATOR_HEIGHT = 420

/** [[west, south], [east, north]] in degrees. */
export type Extent = [[number, number], [number, number]]

/** The least margin around derived frames, in degrees. */
const MIN_MARGIN = 2
/** Mercator's usable latitudes: the poles are infinitely far. */
const MAX_LAT = 85

const wrapLon = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180

/** Every vertex longitude of the features' polygons and lines. */
function vertexLons(features: ReadonlyArray<Feature<Geometry>>): number[] {
  const out: number[] = []
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return
    if (typeof c[0] === 'number') out.push(c[0])
    else for (const x of c) walk(x)
  }
  for (const f of features) {
    const g = f.geometry
    if (g.type === 'GeometryCollection') for (const x of g.geometries) walk('coordinates' in x ? x.coordinates : null)
    else walk(g.coordinates)
  }
  return out
}

/**
 * The shortest run of longitudes that holds every vertex, as [west, east] with
 * east > west and east possibly beyond 180: the complement of the widest gap
 * between them on the circle. Vertices, not d3's per-polygon bounds, because the
 * slivers Natural Earth cuts at the antimeridian (Fiji, Chukotka) have bounds of
 * the whole world.
 */
function lonSpan(features: ReadonlyArray<Feature<Geometry>>): [number, number] | null {
  const lons = vertexLons(features)
    .map(wrapLon)
    .sort((a, b) => a - b)
  const first = lons[0]
  const last = lons[lons.length - 1]
  if (first === undefined || last === undefined) return null
  // The gap across the antimeridian first, then those between neighbours.
  let gap = { size: first + 360 - last, west: first, east: last }
  for (let i = 1; i < lons.length; i++) {
    const a = lons[i - 1] as number
    const b = lons[i] as number
    if (b - a > gap.size) gap = { size: b - a, west: b, east: a + 360 }
  }
  return [gap.west, gap.east]
}

/**
 * A frame around features with `margin` of its span added on each side (at
 * least MIN_MARGIN degrees), clamped to valid latitudes. Features across the
 * antimeridian give a frame whose west edge is east of its east edge
 * ([[170, s], [-170, n]]); a span that would reach round the world is the whole world.
 */
export function frameAround(features: ReadonlyArray<Feature<Geometry>>, margin = 0.15): Extent | null {
  const lons = lonSpan(features)
  if (!lons) return null
  const [[, s], [, n]] = geoBounds({ type: 'FeatureCollection', features: [...features] })
  if (!Number.isFinite(s) || !Number.isFinite(n)) return null
  const [w, east] = lons
  const dx = Math.max((east - w) * margin, MIN_MARGIN)
  const dy = Math.max((n - s) * margin, MIN_MARGIN)
  const south = Math.max(s - dy, -MAX_LAT)
  const north = Math.min(n + dy, MAX_LAT)
  if (east - w + 2 * dx >= 360)
    return [
      [-180, south],
      [180, north],
    ]
  const west = w - dx
  const eastEdge = east + dx
  // An interval inside [-180, 180] stays as it is; one that leaves it wraps round.
  return west >= -180 && eastEdge <= 180
    ? [
        [west, south],
        [eastEdge, north],
      ]
    : [
        [wrapLon(west), south],
        [wrapLon(eastEdge), north],
      ]
}

/** Around a party state the frame grows to hold: this share of its larger span, at least MIN_PARTY_MARGIN degrees. */
const PARTY_MARGIN = 0.15
const MIN_PARTY_MARGIN = 0.5

/**
 * The frame grown to hold each of the given states whole, with a margin: a small
 * party (Rwanda beside the DRC) is never cut at the edge. A state larger than the
 * frame in either direction (Russia in a frame of Ukraine) stays cut as the frame
 * chose, and so does every state of a frame across the antimeridian.
 */
export function holdWhole(frame: Extent, features: ReadonlyArray<Feature<Geometry>>): Extent {
  let [[w, s], [e, n]] = frame
  if (w > e) return frame
  const fw = e - w
  const fh = n - s
  for (const f of features) {
    const lons = lonSpan([f])
    if (!lons || lons[1] > 180) continue
    const [[, fs], [, fn]] = geoBounds(f)
    const [fwest, feast] = lons
    if (feast - fwest > fw || fn - fs > fh) continue
    const m = Math.max(Math.max(feast - fwest, fn - fs) * PARTY_MARGIN, MIN_PARTY_MARGIN)
    w = Math.max(Math.min(w, fwest - m), -180)
    e = Math.min(Math.max(e, feast + m), 180)
    s = Math.max(Math.min(s, fs - m), -MAX_LAT)
    n = Math.min(Math.max(n, fn + m), MAX_LAT)
  }
  return [
    [w, s],
    [e, n],
  ]
}

/**
 * The frame of a conflict's locator map: the one the data gives (`locator.frame`:
 * a cartographic choice where the parties' shapes frame badly, such as Russia's
 * whole territory, not a claim about where a conflict ends), else the belligerent
 * states' shapes with a margin; either way grown to hold every belligerent and
 * backer state that fits whole (`holdWhole`). Null when neither is known.
 */
export function locatorFrame(
  ix: DatasetIndex,
  conflict: Conflict,
  countries: readonly CountryFeature[],
): Extent | null {
  const shapes = (roles: Parameters<typeof partyIso3s>[2]) => {
    const isos = new Set(partyIso3s(ix, conflict, roles))
    return countries.filter((c) => c.iso3 !== null && isos.has(c.iso3)).map((c) => c.feature)
  }
  const frame = conflict.locator?.frame ?? frameAround(shapes(['belligerent']))
  return frame && holdWhole(frame, shapes(['belligerent', 'backer']))
}

/**
 * A Mercator projection that fits the extent into the locator box. A frame across
 * the antimeridian (west > east) is centred by rotation, so it is not cut in two.
 */
export function makeLocatorProjection(extent: Extent, width = LOCATOR_WIDTH, height = LOCATOR_HEIGHT): GeoProjection {
  const [[w, s], [e0, n]] = extent
  const crosses = e0 < w
  const e = crosses ? e0 + 360 : e0
  // Fit the corners as points: a polygon's winding would decide whether d3 reads it as the box or its complement.
  return geoMercator()
    .rotate([crosses ? -(w + e) / 2 : 0, 0])
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
        ],
      },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ])
}

export { isRegionShapes, type PlacedSite, type RegionShapes } from './regionShapes'
