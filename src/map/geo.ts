/**
 * Pure geo helpers for the build: topology → features keyed by ISO alpha-3, the
 * projection, path strings, centroids and zoom-to-feature. No React. The browser
 * needs none of this (see mapTransform.ts for what it does need).
 */
import { geoCentroid, geoEqualEarth, geoPath, geoArea, type GeoProjection } from 'd3-geo'
import { feature, mesh } from 'topojson-client'
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { COUNTRIES } from '../data/countries'
import { countryName } from '../data/countryName'
import { compactPath } from './compactPath'
import { MAP_HEIGHT, MAP_WIDTH, MAX_ZOOM, type ZoomTransform, zoomToBox } from './mapTransform'

export interface CountryFeature {
  /** ISO alpha-3, or null for the few shapes world-atlas draws without a code (N. Cyprus, Somaliland). */
  iso3: string | null
  /** Unique React key: the ISO code, or the name where there is none. */
  key: string
  name: string
  feature: Feature<Geometry>
}

const NUMERIC_TO_ISO3 = new Map(COUNTRIES.filter(([, n]) => n !== null).map(([iso3, n]) => [n as string, iso3]))

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
  for (const c of countries) out.set(c.key, compactPath(path(c.feature) ?? ''))
  return out
}

/** Projected centroid of a feature, or null if it falls off the map. */
export function projectedCentroid(f: Feature<Geometry>, projection: GeoProjection): [number, number] | null {
  return projection(geoCentroid(f))
}

export function sphericalArea(f: Feature<Geometry>): number {
  return geoArea(f)
}

/** The transform that frames a feature's projected bounds (see zoomToBox in mapTransform.ts). */
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
