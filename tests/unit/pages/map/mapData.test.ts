import { describe, expect, it } from 'vitest'
import { route as homeRoute } from '../../../../src/pages/map/route'
import { route as layerRoute } from '../../../../src/pages/map/layerRoute'
import type { MapExtra } from '../../../../src/pages/map/mapData'
import { filterConflicts, mapPageModel } from '../../../../src/pages/map/mapPageModel'
import { latestDealOn } from '../../../../src/map/mapDate'
import { resourcesOfConflict } from '../../../../src/data/selectors'
import { DEFAULT_MAP_VIEW, type MapView } from '../../../../src/map/mapParams'
import { previewCard, tooltipLines } from '../../../../src/map/mapPreview'
import { loadDataset } from '../../../../src/data/load'
import { compareDates, signatoryNames, type DatasetIndex } from '../../../../src/data/selectors'
import { DIPLOMACY_LISTED } from '../../../../src/map/listRecords'
import { readDataDir } from '../../../../scripts/readDataDir'
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
    const onPage = mapPageModel(ix, extra, DEFAULT_MAP_VIEW, filterConflicts(ix, DEFAULT_MAP_VIEW, extra.deals))
    const full = mapPageModel(ctx.ix, extra, DEFAULT_MAP_VIEW, filterConflicts(ctx.ix, DEFAULT_MAP_VIEW, extra.deals))
    expect([...onPage.looks]).toEqual([...full.looks])
    expect(onPage.markers).toEqual(full.markers)
    expect(onPage.caption).toBe(full.caption)
  })

  it('places a marker for every conflict', () => {
    expect(Object.keys(extra.markers).sort()).toEqual(['drc-rwanda', 'kosovo-serbia'])
  })
})

describe('the home map on its page data and on the whole dataset', () => {
  const real = loadDataset(readDataDir('data')).dataset!
  const realCtx = fixtureContext(real)
  const home = homeRoute.data(realCtx, {})!
  const extra = home.extra as MapExtra
  const onPage = pageIndex(realCtx, home.slice)
  const dates = [null, '2025-03-01', '2025-07-01', '2025-10-15', '2026-01-01']
  const views: MapView[] = [
    ...dates.map((date) => ({ ...DEFAULT_MAP_VIEW, date })),
    ...extra.resources.map((r) => ({ ...DEFAULT_MAP_VIEW, resource: r.id })),
    ...[...new Set(real.agreements.map((a) => a.type))].map((t) => ({ ...DEFAULT_MAP_VIEW, type: [t] })),
    { ...DEFAULT_MAP_VIEW, type: ['statement'], date: '2025-07-01' },
  ]
  // What a reader sees: the shading, markers and caption, each card of the list, every preview and tooltip.
  const seen = (ix: DatasetIndex, view: MapView) => {
    const shown = filterConflicts(ix, view, extra.deals)
    const model = mapPageModel(ix, extra, view, shown)
    const targets = [
      ...shown.map((c) => ({ kind: 'marker' as const, id: c.id })),
      ...extra.countryChoices.map((c) => ({ kind: 'country' as const, id: c.iso3 })),
    ]
    return {
      looks: [...model.looks],
      markers: model.markers,
      caption: model.caption,
      cards: shown.map((c) => {
        const deal = latestDealOn(ix, c.id, view.date)
        return [c.id, deal?.id, deal && signatoryNames(ix, deal), resourcesOfConflict(ix, c.id).map((r) => r.name)]
      }),
      previews: targets.map((t) => [previewCard(ix, t, shown, view.date), tooltipLines(ix, t, shown, 3, view.date)]),
    }
  }

  it('shows the same map, list, previews and tooltips on every date and filter', () => {
    expect(views.length).toBeGreaterThan(10)
    for (const view of views) expect(seen(onPage, view), JSON.stringify(view)).toEqual(seen(realCtx.ix, view))
  })

  it('lists the newest deals of the wider minerals diplomacy, and says how many there are in all and since when', () => {
    const diplomacy = (ix: DatasetIndex) =>
      ix.data.agreements
        .filter((a) => a.track === 'minerals-diplomacy')
        .sort((a, b) => compareDates(b.date, a.date))
        .map((a) => [a.id, a.date, a.type, a.resources, a.conflict])
    const all = diplomacy(realCtx.ix)
    expect(all.length).toBeGreaterThan(DIPLOMACY_LISTED)
    expect(diplomacy(onPage)).toEqual(all.slice(0, DIPLOMACY_LISTED))
    const years = all.map((a) => String(a[1]).slice(0, 4)).sort()
    expect(extra.diplomacy).toEqual({ total: all.length, firstYear: years[0], lastYear: years[years.length - 1] })
  })

  it('carries no event of a conflict, no provision and no status history: what the map needs of them is summed up', () => {
    expect(home.slice.agreements?.some((a) => a.kind === 'event' && a.track === 'peace')).toBe(false)
    expect(home.slice.agreements?.flatMap((a) => [...a.provisions, ...a.statusHistory])).toEqual([])
    expect(extra.deals['drc-rwanda']?.firstMineralDeal).toBe(
      real.agreements
        .filter((a) => a.conflict === 'drc-rwanda' && a.provisions.some((p) => p.terms.includes('mineral')))
        .map((a) => a.date)
        .sort()[0],
    )
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
