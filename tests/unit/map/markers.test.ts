import { describe, expect, it } from 'vitest'
import topology from 'world-atlas/countries-110m.json'
import { makeIndex } from '../../../src/data/selectors'
import { getCountries } from '../../../src/map/geo'
import { markerAnchor } from '../../../src/map/markers'
import { makeFixture } from '../../fixtures/dataset'

const countries = getCountries(topology)

describe(markerAnchor, () => {
  const d = makeFixture()
  const ix = makeIndex(d)
  const [drc, kosovo] = d.conflicts as [(typeof d.conflicts)[0], (typeof d.conflicts)[0]]

  it('anchors the marker on the smallest party state, skipping non-state parties and mediators', () => {
    // DRC–Rwanda: the DRC, Rwanda and M23 fight, the United States mediates.
    expect(markerAnchor(ix, drc, countries)).toBe('RWA')
    expect(markerAnchor(ix, kosovo, countries)).toBe('XKX')
  })

  it('anchors the marker on the state the data names, even the larger party', () => {
    expect(markerAnchor(ix, { ...drc, locator: { marker: 'COD' } }, countries)).toBe('COD')
  })

  it('falls back to the smallest party state when the data gives a frame but no marker', () => {
    const framed = {
      ...drc,
      locator: {
        frame: [
          [12, -14],
          [32, 1],
        ] as [[number, number], [number, number]],
      },
    }
    expect(markerAnchor(ix, framed, countries)).toBe('RWA')
  })

  it('gives no anchor when no party is a state with a shape', () => {
    expect(markerAnchor(ix, { ...drc, parties: [{ actor: 'm23-afc', role: 'belligerent' }] }, countries)).toBeNull()
  })
})
