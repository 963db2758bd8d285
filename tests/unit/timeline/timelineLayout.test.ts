import { describe, expect, it } from 'vitest'
import { layoutTimeline } from '../../../src/timeline/timelineLayout'
import { filterTimeline, groupByMonth, timelineSpan } from '../../../src/timeline/timelineModel'
import {
  DEFAULT_TIMELINE_VIEW,
  endOfMonth,
  parseTimelineParams,
  toTimelineParams,
} from '../../../src/timeline/timelineParams'
import { makeIndex } from '../../../src/data/selectors'
import { makeFixture } from '../../fixtures/dataset'

const opts = {
  width: 1000,
  gutter: 100,
  rowHeight: 20,
  lanePadding: 5,
  minGap: 16,
  start: '2025-01-01',
  end: '2025-12-31',
}
const lanes = [
  {
    id: 'a',
    label: 'A',
    bands: [
      { date: '2024-06-01', key: 'active' },
      { date: '2025-07-01', key: 'ceasefire' },
    ],
  },
  { id: 'b', label: 'B' },
]

describe(layoutTimeline, () => {
  it('layoutTimeline(items, lanes, o) maps the span onto the plot area', () => {
    const l = layoutTimeline(
      [
        { id: '1', date: '2025-01-01', lane: 'a' },
        { id: '2', date: '2025-12-31', lane: 'b' },
      ],
      lanes,
      opts,
    )
    expect(l.marks[0]?.x).toBe(100)
    expect(l.marks[1]?.x).toBeCloseTo(988, 6)
  })
  it('layoutTimeline(...) gives each lane its own band of height', () => {
    const l = layoutTimeline([], lanes, opts)
    expect(l.lanes.map((x) => [x.y, x.height])).toEqual([
      [0, 30],
      [30, 30],
    ])
    expect(l.height).toBe(60)
  })
  it('layoutTimeline(...) stacks marks on one day into separate rows and grows the lane', () => {
    const items = [
      { id: '1', date: '2025-12-04', lane: 'a' },
      { id: '2', date: '2025-12-04', lane: 'a' },
      { id: '3', date: '2025-12-04', lane: 'a' },
      { id: '4', date: '2025-03-01', lane: 'a' },
    ]
    const l = layoutTimeline(items, lanes, opts)
    const rows = l.marks.filter((m) => m.item.date === '2025-12-04').map((m) => m.row)
    expect(rows.sort()).toEqual([0, 1, 2])
    expect(l.marks.find((m) => m.item.id === '4')?.row).toBe(0)
    expect(l.lanes[0]?.rows).toBe(3)
    expect(l.lanes[1]?.y).toBe(3 * 20 + 10)
  })
  it('layoutTimeline(...) drops items outside the span or on unknown lanes', () => {
    const l = layoutTimeline(
      [
        { id: '1', date: '2020-09-04', lane: 'a' },
        { id: '2', date: '2025-05-05', lane: 'zzz' },
      ],
      lanes,
      opts,
    )
    expect(l.marks).toEqual([])
  })
  it('layoutTimeline(...) clips status bands to the span', () => {
    const l = layoutTimeline([], lanes, opts)
    expect(l.lanes[0]?.bands[0]).toMatchObject({ x0: 100, key: 'active' })
    expect(l.lanes[0]?.bands[1]?.x1).toBeCloseTo(988, 6)
  })
  it('layoutTimeline(...) labels years at January and thins month ticks on long spans', () => {
    const l = layoutTimeline([], lanes, { ...opts, start: '2020-01-01', end: '2026-12-31' })
    expect(l.ticks.filter((t) => t.major).map((t) => t.label)).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ])
    expect(l.ticks.length).toBeLessThan(20)
  })
})

const ix = makeIndex(makeFixture())
const vocab = { conflicts: ['drc-rwanda', 'kosovo-serbia'], resources: ['cobalt'], items: ['deal-dec', 'deal-june'] }

describe(parseTimelineParams, () => {
  it('parseTimelineParams(sp) falls back to defaults for nonsense', () => {
    expect(parseTimelineParams(new URLSearchParams('conflict=x&type=y&from=2025-13&to=soon&item=zz'), vocab)).toEqual(
      DEFAULT_TIMELINE_VIEW,
    )
  })
  it('parseTimelineParams(sp) swaps a reversed span', () => {
    expect(parseTimelineParams(new URLSearchParams('from=2025-12&to=2025-06'), vocab)).toMatchObject({
      from: '2025-06',
      to: '2025-12',
    })
  })
  it('toTimelineParams(view) round-trips and omits defaults', () => {
    const v = {
      ...DEFAULT_TIMELINE_VIEW,
      conflict: ['drc-rwanda'],
      type: ['peace-agreement' as const],
      resource: 'cobalt',
      from: '2025-06',
      to: '2025-12',
      events: false,
      selected: 'deal-dec',
    }
    expect(parseTimelineParams(toTimelineParams(v), vocab)).toEqual(v)
    expect(toTimelineParams(DEFAULT_TIMELINE_VIEW).toString()).toBe('')
  })
  it('endOfMonth(month) knows February in a leap year', () => {
    expect(endOfMonth('2024-02')).toBe('2024-02-29')
    expect(endOfMonth('2025-12')).toBe('2025-12-31')
  })
})

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
  it('timelineSpan(view, coverageStart, end) defaults to the coverage start through the data end', () => {
    expect(timelineSpan(DEFAULT_TIMELINE_VIEW, '2025-01-01', '2026-11-27')).toEqual({
      start: '2025-01-01',
      end: '2026-11-27',
    })
  })
  it('groupByMonth(items) groups by month, oldest first', () => {
    expect(groupByMonth(ix.data.agreements).map((g) => [g.month, g.items.length])).toEqual([
      ['2025-06', 2],
      ['2025-12', 1],
    ])
  })
})
