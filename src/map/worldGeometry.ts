/** The world map's countries and projection (1:110m), computed once per load. */
import topology from 'world-atlas/countries-110m.json'
import { getCountries, makeProjection, type CountryFeature } from './geo'
import type { GeoProjection } from 'd3-geo'

let cached: { countries: CountryFeature[]; projection: GeoProjection } | null = null

export function worldGeometry(): { countries: CountryFeature[]; projection: GeoProjection } {
  cached ??= { countries: getCountries(topology), projection: makeProjection() }
  return cached
}

export { topology as worldTopology }
