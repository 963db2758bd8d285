import { describe, expect, it } from 'vitest'
import { monthsOf, spanPresets, timelinePageModel } from '../../../../src/pages/timeline/timelinePageModel'
import { route } from '../../../../src/pages/timeline/route'
import { fixtureContext, pageIndex } from '../routeContext'

const ctx = fixtureContext()

describe('monthsOf', () => {
  it('runs from January of the earliest item’s year to the end’s month', () => {
    const m = monthsOf([{ date: '2025-06-27' }, { date: '2025-12-04' }], '2026-02-10')
    expect(m[0]).toBe('2025-01')
    expect(m.at(-1)).toBe('2026-02')
    expect(m).toHaveLength(14)
  })
})

describe('spanPresets', () => {
  it('comes from the data: the coverage start, everything when older items exist, and half years to the end', () => {
    const presets = spanPresets(monthsOf([{ date: '2020-09-04' }], '2026-03-01'), '2025-01-01', '2026-03-01')
    expect(presets.map((p) => p.label)).toEqual([
      '2025 onward',
      'All, from 2020',
      'First half 2025',
      'Second half 2025',
      'First half 2026',
    ])
    expect(presets[1]).toEqual({ label: 'All, from 2020', from: '2020-01', to: null })
  })
})

describe('the timeline’s route data', () => {
  it('holds every item with what its mark and tooltip show, and no provision text or evidence', () => {
    const d = route.data(ctx, {})!
    expect(d.slice.agreements?.map((a) => a.id)).toEqual(ctx.ix.data.agreements.map((a) => a.id))
    expect(d.slice.agreements?.every((a) => a.provisions.every((p) => p.text === '') && a.sources.length === 0)).toBe(
      true,
    )
    expect(d.slice.sources ?? []).toEqual([])
  })

  it('offers the same filters on its page data as on the whole dataset', () => {
    const d = route.data(ctx, {})!
    const onPage = timelinePageModel(pageIndex(ctx, d.slice), '2025-01-01', '2026-01-15')
    const full = timelinePageModel(ctx.ix, '2025-01-01', '2026-01-15')
    expect(onPage.vocab).toEqual(full.vocab)
    expect(onPage.presets).toEqual(full.presets)
    expect(onPage.resources.map((r) => r.id)).toEqual(full.resources.map((r) => r.id))
  })
})
