import { describe, expect, it } from 'vitest'
import { DEFAULT_MAP_VIEW, parseMapParams, toMapParams } from '../../../src/map/mapParams'
import {
  IDENTITY,
  MAP_HEIGHT,
  MAP_WIDTH,
  MAX_ZOOM,
  panBy,
  sameInLink,
  zoomAboutCentre,
} from '../../../src/map/mapTransform'

/** Where a point of the map lands on screen under a transform. */
const apply = (t: { k: number; x: number; y: number }, [px, py]: [number, number]) => [t.x + t.k * px, t.y + t.k * py]

describe(zoomAboutCentre, () => {
  it('keeps the point under the centre of the map where it is', () => {
    const t = zoomAboutCentre({ k: 2, x: -300, y: -100 }, 1.5)
    const centre: [number, number] = [MAP_WIDTH / 2, MAP_HEIGHT / 2]
    // The map point under the centre before the zoom is still under it after.
    const under = [(centre[0] + 300) / 2, (centre[1] + 100) / 2] as [number, number]
    const [sx, sy] = apply(t, under)
    expect(sx).toBeCloseTo(centre[0])
    expect(sy).toBeCloseTo(centre[1])
    expect(t.k).toBe(3)
  })

  it('stops at the whole map and at the deepest zoom, returning the same transform when nothing changes', () => {
    expect(zoomAboutCentre({ k: 1.2, x: -50, y: -20 }, 0.5)).toBe(IDENTITY)
    const deepest = zoomAboutCentre(IDENTITY, 100)
    expect(deepest.k).toBe(MAX_ZOOM)
    expect(zoomAboutCentre(deepest, 2)).toBe(deepest)
  })
})

describe(panBy, () => {
  it('moves a zoomed map and leaves the whole world where it is', () => {
    expect(panBy({ k: 2, x: -10, y: -20 }, 5, -5)).toEqual({ k: 2, x: -5, y: -25 })
    expect(panBy(IDENTITY, 40, 40)).toBe(IDENTITY)
  })
})

describe(sameInLink, () => {
  const vocab = { minerals: [], resources: [], conflicts: [], countries: [] }
  /** The transform a link written for `zoom` hands back when it is opened. */
  const throughLink = (zoom: { k: number; x: number; y: number }) =>
    parseMapParams(toMapParams({ ...DEFAULT_MAP_VIEW, zoom }), vocab).zoom

  it('knows a gesture’s own transform when the link hands it back rounded', () => {
    const ended = { k: 2.3456, x: -312.6, y: -140.49 }
    const back = throughLink(ended)
    expect(back).not.toEqual(ended)
    expect(sameInLink(ended, back)).toBe(true)
  })

  it('tells apart views that a link writes differently', () => {
    const ended = { k: 2.3456, x: -312.6, y: -140.49 }
    expect(sameInLink(ended, { ...ended, k: 2.36 })).toBe(false)
    expect(sameInLink(ended, { ...ended, x: -311 })).toBe(false)
    expect(sameInLink(ended, { ...ended, y: -142 })).toBe(false)
  })
})
