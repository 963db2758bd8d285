/**
 * Drops points closer than `tolerance` pixels to the last kept point of an
 * absolute M/L/Z path: at locator scale the 1:50m coastlines carry far more
 * detail than a screen shows.
 */
export function thinPath(d: string, tolerance = 0.8): string {
  const out: string[] = []
  const re = /([MLZ])([^MLZ]*)/g
  let last: [number, number] | null = null
  let pendingLast: string | null = null
  for (const m of d.matchAll(re)) {
    const cmd = m[1]
    if (cmd === 'Z') {
      if (pendingLast) out.push(pendingLast)
      pendingLast = null
      out.push('Z')
      continue
    }
    const [xs, ys] = (m[2] ?? '').split(',')
    const x = Number(xs)
    const y = Number(ys)
    if (cmd === 'M') {
      if (pendingLast) out.push(pendingLast)
      pendingLast = null
      out.push(`M${xs},${ys}`)
      last = [x, y]
    } else if (last && Math.hypot(x - last[0], y - last[1]) < tolerance) {
      // Keep the ring's final point even if close, so the shape closes where it should.
      pendingLast = `L${xs},${ys}`
    } else {
      pendingLast = null
      out.push(`L${xs},${ys}`)
      last = [x, y]
    }
  }
  if (pendingLast) out.push(pendingLast)
  return out.join('')
}
