import { describe, expect, it } from 'vitest'
import { monthsBetween } from '../../../src/timeline/timelineModel'

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
