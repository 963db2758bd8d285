import { describe, expect, it } from 'vitest'
import { dataFileOf, forEmbedding, htmlFileOf, type EmbeddedData } from '../../../src/data/routeData'
import { complete, sliceCounts } from '../../../src/data/slice'
import { makeIndex } from '../../../src/data/selectors'
import { makeFixture } from '../../fixtures/dataset'

describe('dataFileOf and htmlFileOf', () => {
  it('put a page’s data and HTML beside each other, the home page at the root', () => {
    expect([dataFileOf('/'), htmlFileOf('/')]).toEqual(['index.data.json', 'index.html'])
    expect(dataFileOf('/conflicts/drc-rwanda')).toBe('conflicts/drc-rwanda.data.json')
    expect(htmlFileOf('/map/cobalt/production/')).toBe('map/cobalt/production.html')
  })
})

describe('forEmbedding', () => {
  it('leaves out the path data the HTML already draws, and nothing else', () => {
    const long = 'M0,0' + 'L1,1'.repeat(100)
    const e = {
      path: '/x',
      routeId: 'conflict',
      root: {} as EmbeddedData['root'],
      route: { slice: {}, extra: { region: { countries: [{ iso3: 'RWA', d: long, label: [1, 2] }] }, note: 'd' } },
    } as EmbeddedData
    expect(forEmbedding(e).route).toEqual({
      slice: {},
      extra: { region: { countries: [{ iso3: 'RWA', d: '', label: [1, 2] }] }, note: 'd' },
    })
  })
})

describe('complete', () => {
  it('adds what the chosen records refer to, and only that', () => {
    const ix = makeIndex(makeFixture())
    const s = complete(ix, { stakes: ix.data.stakes })
    expect(sliceCounts(s)).toEqual({ stakes: 1, sources: 1, actors: 1, resources: 1, usgs: 1 })
    expect(s.actors?.map((a) => a.id)).toEqual(['drc'])
    expect(s.usgs?.[0]?.eventsText).toBeUndefined()
  })
})
