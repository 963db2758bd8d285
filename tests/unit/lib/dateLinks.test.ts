import { describe, expect, it } from 'vitest'
import { mapOnDate, timelineOfMonth } from '../../../src/lib/dateLinks'
import { parseMapParams } from '../../../src/map/mapParams'
import { parseTimelineParams } from '../../../src/timeline/timelineParams'

const query = (path: string) => new URLSearchParams(path.split('?')[1])

describe(mapOnDate, () => {
  it('opens the map on the day of a dated item, and on the last day of a month or a year', () => {
    expect(mapOnDate('2025-10-26')).toBe('/?date=2025-10-26')
    expect(mapOnDate('2025-02')).toBe('/?date=2025-02-28')
    expect(mapOnDate('2024-02')).toBe('/?date=2024-02-29')
    expect(mapOnDate('2025')).toBe('/?date=2025-12-31')
  })

  it('gives a date the map reads back', () => {
    expect(
      parseMapParams(query(mapOnDate('2025-07')), { minerals: [], resources: [], conflicts: [], countries: [] }).date,
    ).toBe('2025-07-31')
  })
})

describe(timelineOfMonth, () => {
  it('narrows the timeline to the month of the day, as the timeline reads it', () => {
    const v = parseTimelineParams(query(timelineOfMonth('2025-08-15')), { conflicts: [], resources: [], items: [] })
    expect([v.from, v.to]).toEqual(['2025-08', '2025-08'])
  })
})
