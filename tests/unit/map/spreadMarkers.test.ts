import { describe, expect, it } from 'vitest'
import { spreadMarkers } from '../../../src/map/spreadMarkers'

const placed = (pts: Array<{ x: number; y: number }>, min: number) => {
  const o = spreadMarkers(pts, min)
  return pts.map((p, i) => ({ x: p.x + o[i]!.x, y: p.y + o[i]!.y }))
}

describe(spreadMarkers, () => {
  it('leaves markers that do not collide where they are', () => {
    expect(
      spreadMarkers(
        [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
        ],
        28,
      ),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 0 },
    ])
  })

  it('spreads a cluster (the Middle East on a phone) until no two are closer than the minimum', () => {
    const cluster = [
      { x: 0, y: 0 },
      { x: 6.8, y: 2 },
      { x: 3, y: 9 },
      { x: 3, y: 9 },
      { x: 40, y: 5 },
    ]
    const out = placed(cluster, 28)
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++)
        expect(Math.hypot(out[i]!.x - out[j]!.x, out[i]!.y - out[j]!.y), `${i}-${j}`).toBeGreaterThan(27.8)
  })

  it('moves each marker no further than the cluster needs, the same way every time', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
    ]
    const a = spreadMarkers(pts, 28)
    expect(a).toEqual(spreadMarkers(pts, 28))
    expect(Math.abs(a[0]!.x)).toBeLessThan(10)
    expect(a[0]!.y).toBe(0)
  })
})
