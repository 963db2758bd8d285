import { describe, expect, it } from 'vitest'
import { route as homeRoute } from '../../../../src/pages/map/route'
import { route as layerRoute } from '../../../../src/pages/map/layerRoute'
import type { MapExtra } from '../../../../src/pages/map/mapData'
import { filterConflicts, mapPageModel } from '../../../../src/pages/map/mapPageModel'
import { DEFAULT_MAP_VIEW } from '../../../../src/map/mapParams'
import { fixtureContext, pageIndex } from '../routeContext'

const ctx = fixtureContext()

describe('the home map’s route data', () => {
  const home = homeRoute.data(ctx, {})!
  const extra = home.extra as MapExtra

  it('carries no USGS table: the conflict layer needs none', () => {
    expect(home.slice.usgs).toEqual([])
  })

  it('carries no geometry of the world, only the countries’ names, and the zoom of each region preset', () => {
    expect(extra.countries.length).toBe(177)
    expect(Object.keys(extra.countries[0]!).sort()).toEqual(['iso3', 'key', 'name'])
    expect(extra.regions.map((r) => r.id)).toEqual(['africa', 'europe', 'middle-east', 'asia'])
    for (const r of extra.regions) expect(r.zoom.k, r.id).toBeGreaterThan(1.5)
  })

  it('shades the map on its page data exactly as on the whole dataset', () => {
    const ix = pageIndex(ctx, home.slice)
    const onPage = mapPageModel(ix, extra, DEFAULT_MAP_VIEW, filterConflicts(ix, DEFAULT_MAP_VIEW))
    const full = mapPageModel(ctx.ix, extra, DEFAULT_MAP_VIEW, filterConflicts(ctx.ix, DEFAULT_MAP_VIEW))
    expect([...onPage.looks]).toEqual([...full.looks])
    expect(onPage.markers).toEqual(full.markers)
    expect(onPage.caption).toBe(full.caption)
  })

  it('places a marker for every conflict', () => {
    expect(Object.keys(extra.markers).sort()).toEqual(['drc-rwanda', 'kosovo-serbia'])
  })
})

describe('a mineral layer’s route data', () => {
  it('has a page per layer mineral and measure', () => {
    expect(layerRoute.paths(ctx.ix)).toEqual([{ mineralId: 'cobalt' }, { mineralId: 'cobalt', measure: 'production' }])
  })

  it('carries that mineral’s USGS table and no other, without its prose', () => {
    const d = layerRoute.data(ctx, { mineralId: 'cobalt' })!
    expect(d.slice.usgs?.map((t) => t.id)).toEqual(['cobalt'])
    expect(d.slice.usgs?.[0]?.prices).toEqual([])
  })

  it('is null for an unknown mineral or measure', () => {
    expect(layerRoute.data(ctx, { mineralId: 'kryptonite' })).toBeNull()
    expect(layerRoute.data(ctx, { mineralId: 'cobalt', measure: 'weight' })).toBeNull()
  })
})
