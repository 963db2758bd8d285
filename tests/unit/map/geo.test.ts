import { describe, expect, it } from 'vitest'
import topology from 'world-atlas/countries-110m.json'
import { MAP_HEIGHT, MAP_WIDTH, countryPaths, getCountries, makeProjection, zoomToFeature } from '../../../src/map/geo'
import { makeLocatorProjection, thinPath } from '../../../src/map/locator'

const countries = getCountries(topology)
const inDelta = (a: number, b: number, d = 1e-6) => expect(Math.abs(a - b)).toBeLessThanOrEqual(d)

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
  it('countryPaths(countries, p) gives a non-empty path for each country', () => {
    const paths = countryPaths(countries, p)
    expect([...paths.values()].every((d) => d.startsWith('M'))).toBe(true)
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

describe('locator helpers', () => {
  it('makeLocatorProjection(extent) maps the extent’s corners to the box', () => {
    const p = makeLocatorProjection(
      [
        [20, 40],
        [30, 50],
      ],
      600,
      400,
    )
    const [x0, y0] = p([20, 50])!
    const [x1, y1] = p([30, 40])!
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(-0.5)
    expect(x1).toBeLessThanOrEqual(600.5)
    expect(y1).toBeLessThanOrEqual(400.5)
    expect(Math.max(x1 - x0, y1 - y0)).toBeGreaterThan(390)
  })
  it('thinPath(d) drops points closer than the tolerance but keeps ring ends', () => {
    expect(thinPath('M0,0L0.1,0L0.2,0L5,0L5,5L5.1,5Z', 1)).toBe('M0,0L5,0L5,5L5.1,5Z')
  })
})

describe('placeLabels', () => {
  it('placeLabels(...) moves a site label to the left, then above, when the right is taken, and drops those with no room', async () => {
    const { placeLabels } = await import('../../../src/map/locator')
    const out = placeLabels(
      [
        { id: 'a', text: 'Goma', x: 100, y: 100, size: 10, kind: 'beside' },
        { id: 'b', text: 'Rubaya', x: 100, y: 103, size: 10, kind: 'beside' },
        { id: 'c', text: 'Kigali', x: 100, y: 101, size: 10, kind: 'beside' },
        { id: 'd', text: 'Sake', x: 100, y: 102, size: 10, kind: 'beside' },
        { id: 'e', text: 'Idjwi', x: 100, y: 100, size: 10, kind: 'beside' },
      ],
      [[100, 100]],
      400,
      300,
    )
    expect(out.map((l) => [l.id, l.anchor])).toEqual([
      ['a', 'start'],
      ['b', 'end'],
      ['c', 'middle'],
    ])
  })
})
