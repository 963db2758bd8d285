/**
 * The absolute points of each subpath of an M/m/L/l/Z/z path (implicit repeats
 * included), read as an SVG parser reads them, to a tenth of a unit. For tests.
 */
export function pathPoints(d: string): [number, number][][] {
  const rings: [number, number][][] = []
  let x = 0
  let y = 0
  for (const m of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const cmd = m[1]!
    if (cmd === 'Z' || cmd === 'z') continue
    const nums = (m[2]!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number)
    for (let i = 0; i < nums.length; i += 2) {
      const rel = cmd === 'l' || (cmd === 'm' && i > 0)
      x = rel ? x + nums[i]! : nums[i]!
      y = rel ? y + nums[i + 1]! : nums[i + 1]!
      if ((cmd === 'M' || cmd === 'm') && i === 0) rings.push([])
      rings[rings.length - 1]!.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10])
    }
  }
  return rings
}
