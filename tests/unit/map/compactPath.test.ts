import { describe, expect, it } from 'vitest'
import { compactPath } from '../../../src/map/compactPath'
import { pathPoints as points } from '../helpers/pathPoints'

describe('compactPath', () => {
  const d = 'M940.6,333.5L941.4,332.9L942,333.9L940.9,335.7L940.9,335.7L939.1,336.2ZM12.9,-28.5L13.4,28.3L13.45,30Z'

  it('draws the same points, to a tenth, in fewer bytes', () => {
    const out = compactPath(d)
    expect(out.length).toBeLessThan(d.length * 0.7)
    const expected = points(d).map((ring) =>
      ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]),
    )
    expect(points(out)).toEqual(expected.map((r) => r.map(([x, y]) => [x, Math.round(y * 10) / 10])))
  })

  it('writes relative steps with no separator before a minus or after a decimal before ".n"', () => {
    expect(compactPath('M1,1L1.5,0.5L2,1Z')).toBe('M1 1l.5-.5.5.5z')
  })

  it('keeps each subpath closed and starting from an absolute point', () => {
    expect(compactPath('M0,0L1,0L1,1ZM5,5L6,5Z')).toBe('M0 0l1 0 0 1zM5 5l1 0z')
  })

  it('leaves paths with curves or arcs as they are, and the empty path empty', () => {
    const arc = 'M0,4.5a4.5,4.5 0 1,1 0,-9a4.5,4.5 0 1,1 0,9z'
    expect(compactPath(arc)).toBe(arc)
    expect(compactPath('')).toBe('')
  })

  it('drops steps that round to nothing', () => {
    expect(compactPath('M0,0L0.01,0.02L1,1')).toBe('M0 0l1 1')
  })
})
