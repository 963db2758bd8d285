/**
 * The world map's countries, projection and path data (1:110m), computed once. Used
 * at build time only: pages get the countries as data (`WorldCountry`) and the paths
 * through the prerendered markup (see worldPaths.ts).
 */
import type { GeoProjection } from 'd3-geo'
import { geoPath } from 'd3-geo'
import topology from 'world-atlas/countries-110m.json'
import { compactPath } from './compactPath'
import { countryPaths, getBorders, getCountries, makeProjection, type CountryFeature } from './geo'
import type { WorldCountry } from './worldPaths'

let cached: { countries: CountryFeature[]; projection: GeoProjection } | null = null

export function worldGeometry(): { countries: CountryFeature[]; projection: GeoProjection } {
  cached ??= { countries: getCountries(topology), projection: makeProjection() }
  return cached
}

/** The countries as pages are given them: key, code and name. */
export const worldCountries = (): WorldCountry[] =>
  worldGeometry().countries.map((c) => ({ key: c.key, iso3: c.iso3, name: c.name }))

/** Every path of the world map by key: the countries, `sphere` and `borders`. */
export function worldPathData(): Map<string, string> {
  const { countries, projection } = worldGeometry()
  const out = new Map(countryPaths(countries, projection))
  out.set('sphere', compactPath(geoPath(projection).digits(1)({ type: 'Sphere' }) ?? ''))
  out.set('borders', compactPath(geoPath(projection).digits(1)(getBorders(topology)) ?? ''))
  return out
}
