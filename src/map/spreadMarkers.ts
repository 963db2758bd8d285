/**
 * Markers spread apart where they would collide on screen, so each keeps a hit
 * target of its own (Gaza and Egypt–Ethiopia sit a few pixels apart on a phone).
 * Pure: positions in screen pixels in, offsets in screen pixels out; each marker
 * stays as close to its anchor as the others allow. Deterministic.
 */
export interface Point {
  x: number
  y: number
}

/**
 * The offset of each point from its anchor so that no two are closer than
 * `minDistance`, found by relaxing the overlapping pairs apart a few times.
 */
export function spreadMarkers(points: readonly Point[], minDistance: number, iterations = 60): Point[] {
  const at = points.map((p) => ({ x: p.x, y: p.y }))
  for (let it = 0; it < iterations; it++) {
    let moved = false
    for (let i = 0; i < at.length; i++)
      for (let j = i + 1; j < at.length; j++) {
        const a = at[i]!
        const b = at[j]!
        let dx = b.x - a.x
        let dy = b.y - a.y
        let d = Math.hypot(dx, dy)
        if (d >= minDistance - 1e-6) continue
        if (d < 1e-6) {
          // Same spot: part them along a fixed, index-dependent direction.
          const angle = (j * 2.399963) % (2 * Math.PI)
          dx = Math.cos(angle)
          dy = Math.sin(angle)
          d = 1
        }
        const push = (minDistance - d) / 2 + 0.01
        a.x -= (dx / d) * push
        a.y -= (dy / d) * push
        b.x += (dx / d) * push
        b.y += (dy / d) * push
        moved = true
      }
    if (!moved) break
  }
  return at.map((p, i) => ({ x: round(p.x - points[i]!.x), y: round(p.y - points[i]!.y) }))
}

const round = (n: number) => Math.round(n * 10) / 10
