import { describe, expect, it } from 'vitest'
import { makeIndex } from '../../../../src/data/selectors'
import { mapFrameTable, mapFrameText } from '../../../../src/pages/map/mapFrame'
import { makeFixture } from '../../../fixtures/dataset'

const fresh = { latestEvent: '2026-07-03', checkedThrough: '2026-07-04' }

describe(mapFrameText, () => {
  it('mapFrameText(cobalt layer) names the mineral and its measure, says as of when and credits the USGS', () => {
    const t = mapFrameText(
      { mineralName: 'Cobalt', caption: '9 conflicts' },
      { mineral: 'cobalt', measure: 'production' },
      fresh,
    )
    expect(t.title).toMatch(/^Cobalt production/)
    expect(t.subtitle).toContain('sources checked through 4 July 2026')
    expect(t.sources[0]).toContain('USGS Mineral Commodity Summaries 2026')
    expect(t).toMatchObject({ embedPath: '/embed/map/cobalt/production', pagePath: '/map/cobalt/production' })
  })
  it('mapFrameText(no layer) credits no USGS figures and embeds as /embed/map', () => {
    const t = mapFrameText({ mineralName: null, caption: '9 conflicts' }, { mineral: null, measure: 'reserves' }, fresh)
    expect(t.sources.join()).not.toContain('USGS')
    expect(t).toMatchObject({ embedPath: '/embed/map', pagePath: '/', fileName: 'mineral-peace-atlas-map' })
  })
})

describe(mapFrameTable, () => {
  const ix = makeIndex(makeFixture())
  const drc = [ix.conflicts.get('drc-rwanda')!]
  it('mapFrameText and mapFrameTable(…, date) say and download the status on the map’s date, not the latest', () => {
    const t = mapFrameText(
      { mineralName: null, caption: '1 conflict' },
      { mineral: null, measure: 'reserves', date: '2025-07-01' },
      fresh,
    )
    expect(t.title).toBe('The conflicts and their peace deals, shaded by each conflict’s status on 1 July 2025')
    expect(mapFrameTable(ix, { shares: null }, drc, '2025-07-01')).toEqual({
      header: ['conflict_id', 'conflict', 'status', 'status_since', 'map_date'],
      rows: [['drc-rwanda', 'DRC–Rwanda and M23', 'Ceasefire', '2025-06-27', '2025-07-01']],
    })
    expect(mapFrameTable(ix, { shares: null }, drc).rows[0]).toEqual([
      'drc-rwanda',
      'DRC–Rwanda and M23',
      'Fighting continues',
      '2025-12-10',
    ])
  })
})
