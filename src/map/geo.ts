/**
 * Pure geo helpers: topology → features keyed by ISO alpha-3, the projection,
 * path strings, centroids and zoom-to-feature. No React.
 */
import { geoCentroid, geoEqualEarth, geoPath, geoArea, type GeoProjection } from 'd3-geo'
import { feature, mesh } from 'topojson-client'
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { COUNTRIES } from '../data/countries'

/** The map's fixed drawing size; the SVG scales to its box with `viewBox`. */
export const MAP_WIDTH = 960
export const MAP_HEIGHT = 500

export interface CountryFeature {
  /** ISO alpha-3, or null for the few shapes world-atlas draws without a code (N. Cyprus, Somaliland). */
  iso3: string | null
  /** Unique React key: the ISO code, or the name where there is none. */
  key: string
  name: string
  feature: Feature<Geometry>
}

const NUMERIC_TO_ISO3 = new Map(COUNTRIES.filter(([, n]) => n !== null).map(([iso3, n]) => [n as string, iso3]))
const ISO3_NAME = new Map(COUNTRIES.map(([iso3, , name]) => [iso3, name]))

export const countryName = (iso3: string): string => ISO3_NAME.get(iso3) ?? iso3

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>

/** The one place the topology is cast: world-atlas ships it as untyped JSON. */
export function getCountries(topology: unknown): CountryFeature[] {
  const topo = topology as CountriesTopology
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>
  return fc.features.map((f) => {
    const name = f.properties.name
    // HACK: world-atlas gives Kosovo no numeric id (ISO 3166 has none); the atlas uses the
    // user-assigned XKX, matched here by name.
    const iso3 = f.id !== undefined ? (NUMERIC_TO_ISO3.get(String(f.id)) ?? null) : name === 'Kosovo' ? 'XKX' : null
    return { iso3, key: iso3 ?? `name:${name}`, name: iso3 ? countryName(iso3) : name, feature: f }
  })
}

/** Internal borders as one mesh (drawn once, thin), so shared edges are not stroked twice. */
export function getBorders(topology: unknown): MultiLineString {
  const topo = topology as CountriesTopology
  return mesh(topo, topo.objects.countries, (a, b) => a !== b)
}

/** Equal Earth, fitted to the map box with the poles trimmed (Antarctica adds nothing here). */
export function makeProjection(width = MAP_WIDTH, height = MAP_HEIGHT): GeoProjection {
  // Fit the widest points (the equator at ±180°) and the latitudes kept, as points: no polygon winding to get wrong.
  return geoEqualEarth().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    {
      type: 'MultiPoint',
      coordinates: [
        [-180, 0],
        [180, 0],
        [0, 84],
        [0, -58],
      ],
    },
  )
}

/** SVG path strings for every country, computed once for a projection. */
export function countryPaths(countries: readonly CountryFeature[], projection: GeoProjection): Map<string, string> {
  // One decimal is a tenth of a unit in a 960-wide box: finer than any screen shows, half the bytes.
  const path = geoPath(projection).digits(1)
  const out = new Map<string, string>()
  for (const c of countries) out.set(c.key, path(c.feature) ?? '')
  return out
}

/** Projected centroid of a feature, or null if it falls off the map. */
export function projectedCentroid(f: Feature<Geometry>, projection: GeoProjection): [number, number] | null {
  return projection(geoCentroid(f))
}

export function sphericalArea(f: Feature<Geometry>): number {
  return geoArea(f)
}

export interface ZoomTransform {
  k: number
  x: number
  y: number
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 }

/** The deepest zoom of the world map. */
export const MAX_ZOOM = 12

/** The transform zoomed by `factor` about the map's centre, within [1, MAX_ZOOM]; the same one when nothing changes. */
export function zoomAboutCentre(
  t: ZoomTransform,
  factor: number,
  width = MAP_WIDTH,
  height = MAP_HEIGHT,
): ZoomTransform {
  const k = Math.min(MAX_ZOOM, Math.max(1, t.k * factor))
  if (k === t.k) return t
  if (k === 1) return IDENTITY
  const cx = width / 2
  const cy = height / 2
  return { k, x: cx - ((cx - t.x) / t.k) * k, y: cy - ((cy - t.y) / t.k) * k }
}

/** The transform panned by (dx, dy); the world view does not pan. */
export const panBy = (t: ZoomTransform, dx: number, dy: number): ZoomTransform =>
  t.k === 1 ? t : { ...t, x: t.x + dx, y: t.y + dy }

/**
 * The transform that frames a box of the map (projected units, as an SVG path's
 * `getBBox()` gives it) with some padding, clamped to [1, maxK].
 */
export function zoomToBox(
  box: { x: number; y: number; width: number; height: number },
  width = MAP_WIDTH,
  height = MAP_HEIGHT,
  maxK = MAX_ZOOM,
): ZoomTransform {
  const w = Math.max(box.width, 1)
  const h = Math.max(box.height, 1)
  const k = Math.min(maxK, Math.max(1, 0.6 / Math.max(w / width, h / height)))
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const r = (n: number, d: number) => Math.round(n * d) / d
  return { k: r(k, 100), x: r(width / 2 - k * cx, 1), y: r(height / 2 - k * cy, 1) }
}

/** The transform that frames a feature's projected bounds (see zoomToBox). */
export function zoomToFeature(
  f: Feature<Geometry>,
  projection: GeoProjection,
  width = MAP_WIDTH,
  height = MAP_HEIGHT,
  maxK = MAX_ZOOM,
): ZoomTransform {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(f)
  return zoomToBox({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, width, height, maxK)
}
