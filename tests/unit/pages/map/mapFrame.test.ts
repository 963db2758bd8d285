import { describe, expect, it } from 'vitest'
import { mapFrameText } from '../../../../src/pages/map/mapFrame'

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
