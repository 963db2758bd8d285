/**
 * Shorter SVG path data for the same shapes: an absolute M/L/Z path (as d3-geo writes
 * it) rewritten with relative line-tos at one decimal, without repeated commands or
 * needless separators. Country outlines are mostly short steps, so relative
 * coordinates take about a third fewer bytes once compressed, and the prerendered maps
 * are the largest part of their pages. Pure.
 */

/** A count of tenths as the shortest decimal SVG accepts: 5 → ".5", -12 → "-1.2", 20 → "2". */
function tenths(n: number): string {
  const a = Math.abs(n)
  const whole = Math.floor(a / 10)
  const frac = a % 10
  return (n < 0 ? '-' : '') + (frac === 0 ? String(whole) : `${whole === 0 ? '' : whole}.${frac}`)
}

/**
 * `d` at one decimal with relative line-tos; the same shapes to within a twentieth of
 * a unit. Returns `d` unchanged when it holds anything but M, L and Z commands.
 */
export function compactPath(d: string): string {
  if (d === '' || /[^MLZ\d.,\-eE\s]/.test(d)) return d
  const out: string[] = []
  // The last number written, when a bare number may follow it (within a run of line-tos).
  let last: string | null = null
  const number = (s: string) => {
    // A separator only where the parser needs one: not before "-", nor before ".5" after "1.2".
    if (last !== null && !s.startsWith('-') && !(s.startsWith('.') && last.includes('.'))) out.push(' ')
    out.push(s)
    last = s
  }
  let x = 0
  let y = 0
  let inLine = false
  for (const m of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (m[1] === 'Z') {
      out.push('z')
      last = null
      inLine = false
      continue
    }
    const [xs = '', ys = ''] = (m[2] ?? '').split(',')
    const nx = Math.round(Number(xs) * 10)
    const ny = Math.round(Number(ys) * 10)
    if (m[1] === 'M') {
      out.push('M')
      last = null
      number(tenths(nx))
      number(tenths(ny))
      inLine = false
    } else {
      if (nx === x && ny === y) continue
      if (!inLine) {
        out.push('l')
        last = null
      }
      number(tenths(nx - x))
      number(tenths(ny - y))
      inLine = true
    }
    x = nx
    y = ny
  }
  return out.join('')
}
