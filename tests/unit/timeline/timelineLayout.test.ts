import { describe, expect, it } from 'vitest'
import { layoutTimeline } from '../../../src/timeline/timelineLayout'

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
