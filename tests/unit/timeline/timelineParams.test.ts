import { describe, expect, it } from 'vitest'
import {
  DEFAULT_TIMELINE_VIEW,
  endOfMonth,
  parseTimelineParams,
  toTimelineParams,
} from '../../../src/timeline/timelineParams'

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
})

describe('type groups in the URL', () => {
  const economic = ['minerals-deal', 'economic-deal', 'trade-deal', 'mou', 'strategic-partnership'] as const
  it('parseTimelineParams(sp) reads a group as its types, and an older single-type link as it was', () => {
    expect(parseTimelineParams(new URLSearchParams('group=economic'), vocab).type).toEqual(economic)
    expect(parseTimelineParams(new URLSearchParams('type=mou'), vocab).type).toEqual(['mou'])
    expect(parseTimelineParams(new URLSearchParams('group=nope&type=ceasefire'), vocab).type).toEqual(['ceasefire'])
  })
  it('toTimelineParams(view) writes a whole group as the group and round-trips', () => {
    const v = { ...DEFAULT_TIMELINE_VIEW, type: ['ceasefire' as const, ...economic] }
    const sp = toTimelineParams(v)
    expect(sp.toString()).toBe('group=economic&type=ceasefire')
    expect(parseTimelineParams(sp, vocab)).toEqual(v)
  })
})

describe(endOfMonth, () => {
  it('endOfMonth(month) knows February in a leap year', () => {
    expect(endOfMonth('2024-02')).toBe('2024-02-29')
    expect(endOfMonth('2025-12')).toBe('2025-12-31')
  })
})
