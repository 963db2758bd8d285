import { describe, expect, it } from 'vitest'
import topology from 'world-atlas/countries-110m.json'
import { countryPaths, getCountries, makeProjection, zoomToFeature } from '../../../src/map/geo'
import { MAP_HEIGHT, MAP_WIDTH } from '../../../src/map/mapTransform'
import { pathPoints } from '../helpers/pathPoints'

const countries = getCountries(topology)
const inDelta = (a: number, b: number, d = 1e-6) => expect(Math.abs(a - b)).toBeLessThanOrEqual(d)

/** The bounding box of a path's points. */
function pathBounds(d: string): [[number, number], [number, number]] {
  const pts = pathPoints(d).flat()
  const xs = pts.map((p) => p[0])
  const ys = pts.map((p) => p[1])
  expect(xs.length, d.slice(0, 40)).toBeGreaterThan(2)
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ]
}

describe(getCountries, () => {
  it('getCountries(topology) gives all 177 world-atlas shapes with unique keys', () => {
    expect(countries).toHaveLength(177)
    expect(new Set(countries.map((c) => c.key)).size).toBe(177)
  })
  it('getCountries(topology) maps numeric ids to ISO alpha-3 and Kosovo to XKX', () => {
    expect(countries.find((c) => c.iso3 === 'COD')?.name).toBe('Dem. Rep. Congo')
    expect(countries.find((c) => c.iso3 === 'XKX')?.name).toBe('Kosovo')
    expect(
      countries
        .filter((c) => c.iso3 === null)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['N. Cyprus', 'Somaliland'])
  })
})

describe(makeProjection, () => {
  const p = makeProjection()
  it('makeProjection() puts the prime meridian and equator at the centre', () => {
    const [x, y] = p([0, 0])!
    inDelta(x, MAP_WIDTH / 2, 0.5)
    expect(y).toBeGreaterThan(MAP_HEIGHT * 0.45)
    expect(y).toBeLessThan(MAP_HEIGHT * 0.65)
  })
  it('countryPaths(countries, p) draws each country inside the map box (Antarctica trimmed), where the projection puts it', () => {
    const paths = countryPaths(countries, p)
    expect(paths.size).toBe(177)
    for (const [key, d] of paths) {
      if (key === 'ATA') continue
      const [[x0, y0], [x1, y1]] = pathBounds(d)
      expect(x0, key).toBeGreaterThanOrEqual(0)
      expect(y0, key).toBeGreaterThanOrEqual(0)
      expect(x1, key).toBeLessThanOrEqual(MAP_WIDTH)
      expect(y1, key).toBeLessThanOrEqual(MAP_HEIGHT)
      expect(x1 - x0, key).toBeGreaterThan(0)
    }
    // Rwanda's path is a small shape around Kigali; Russia's spans most of the map's width.
    const [[rx0, ry0], [rx1, ry1]] = pathBounds(paths.get('RWA')!)
    const [kx, ky] = p([30.06, -1.95])!
    expect(kx).toBeGreaterThan(rx0)
    expect(kx).toBeLessThan(rx1)
    expect(ky).toBeGreaterThan(ry0)
    expect(ky).toBeLessThan(ry1)
    expect(rx1 - rx0).toBeLessThan(10)
    const [[ux0], [ux1]] = pathBounds(paths.get('RUS')!)
    expect(ux1 - ux0).toBeGreaterThan(MAP_WIDTH * 0.4)
  })
})

describe(zoomToFeature, () => {
  const p = makeProjection()
  it('zoomToFeature(f, p) centres a small country and zooms in', () => {
    const rwanda = countries.find((c) => c.iso3 === 'RWA')!
    const t = zoomToFeature(rwanda.feature, p)
    const [cx, cy] = p([29.9, -2.0])!
    expect(t.k).toBeGreaterThan(4)
    inDelta(t.x + t.k * cx, MAP_WIDTH / 2, 40)
    inDelta(t.y + t.k * cy, MAP_HEIGHT / 2, 40)
  })
  it('zoomToFeature(f, p) never zooms out below the whole map', () => {
    const russia = countries.find((c) => c.iso3 === 'RUS')!
    expect(zoomToFeature(russia.feature, p).k).toBe(1)
  })
})
