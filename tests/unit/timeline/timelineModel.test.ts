import { describe, expect, it } from 'vitest'
import { makeIndex } from '../../../src/data/selectors'
import { filterTimeline, groupByMonth, monthsBetween, timelineSpan } from '../../../src/timeline/timelineModel'
import { DEFAULT_TIMELINE_VIEW } from '../../../src/timeline/timelineParams'
import { makeFixture } from '../../fixtures/dataset'

const ix = makeIndex(makeFixture())

describe(filterTimeline, () => {
  it('filterTimeline(ix, items, view) filters by conflict, resource, span and events', () => {
    const all = ix.data.agreements
    expect(filterTimeline(ix, all, { ...DEFAULT_TIMELINE_VIEW, conflict: ['kosovo-serbia'] }).map((a) => a.id)).toEqual(
      ['claim-2025'],
    )
    expect(filterTimeline(ix, all, { ...DEFAULT_TIMELINE_VIEW, resource: 'cobalt' }).map((a) => a.id)).toEqual([
      'deal-dec',
    ])
    expect(
      filterTimeline(ix, all, { ...DEFAULT_TIMELINE_VIEW, from: '2025-07', to: '2025-12' }).map((a) => a.id),
    ).toEqual(['deal-dec'])
    expect(filterTimeline(ix, all, { ...DEFAULT_TIMELINE_VIEW, events: false }).map((a) => a.id)).toEqual([
      'deal-dec',
      'deal-june',
    ])
  })
})

describe(timelineSpan, () => {
  it('timelineSpan(view, coverageStart, end) defaults to the coverage start through the data end', () => {
    expect(timelineSpan(DEFAULT_TIMELINE_VIEW, '2025-01-01', '2026-11-27')).toEqual({
      start: '2025-01-01',
      end: '2026-11-27',
    })
  })
})

describe(groupByMonth, () => {
  it('groupByMonth(items) groups by month, oldest first', () => {
    expect(groupByMonth(ix.data.agreements).map((g) => [g.month, g.items.length])).toEqual([
      ['2025-06', 2],
      ['2025-12', 1],
    ])
  })
})

describe(monthsBetween, () => {
  it('lists every month from a year’s January to the month of a date, both included', () => {
    const months = monthsBetween('2020', '2026-01-31')
    expect(months).toHaveLength(6 * 12 + 1)
    expect(months.slice(0, 3)).toEqual(['2020-01', '2020-02', '2020-03'])
    expect(months.slice(-2)).toEqual(['2025-12', '2026-01'])
  })

  it('takes months and days alike, and gives one month when both fall in it', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthsBetween('2025-06-30', '2025-06-01')).toEqual(['2025-06'])
  })

  it('is empty when the end comes before the start', () => {
    expect(monthsBetween('2026-01', '2025-12')).toEqual([])
  })
})

describe('filterTimeline with several types', () => {
  it('filterTimeline(ix, items, view) keeps an item of any chosen type', () => {
    const all = ix.data.agreements
    const ids = (type: typeof DEFAULT_TIMELINE_VIEW.type) =>
      filterTimeline(ix, all, { ...DEFAULT_TIMELINE_VIEW, type }).map((a) => a.id)
    expect(ids(['statement'])).toEqual(['claim-2025'])
    expect(ids(['statement', 'peace-agreement']).sort()).toEqual(['claim-2025', 'deal-dec', 'deal-june'])
  })
})
