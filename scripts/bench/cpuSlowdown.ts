/**
 * The CPU slowdown that makes Lighthouse's mobile run stand for its target phone on
 * this machine. Lighthouse's default of 4× assumes a host of benchmark index about
 * 1,500 (a high-end desktop); on a slower host 4× emulates a slower phone than the
 * target, on a faster one a faster phone. Lighthouse's documentation ("CPU
 * throttling: calibrating the CPU slowdown", docs/throttling.md) says to calibrate the
 * multiplier from the host's benchmark index, with its CPU throttling calculator;
 * this is the calculator's mapping, piecewise linear between its anchors:
 * 150 → 1×, 800 → 2×, 1,300 → 3×, 1,533 → 4×, 2,000 → 6×, rounded to a tenth as the
 * calculator prints it.
 */

export interface Slowdown {
  multiplier: number
  /** The calculator's confidence range around the multiplier. */
  range: [number, number]
}

/** Null when the host is too slow to emulate the target phone at all (index under 150). */
export function cpuSlowdownFor(benchmarkIndex: number): Slowdown | null {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < 150) return null
  const tenth = (x: number) => Math.round(x * 10) / 10
  const around = (multiplier: number, width: number): Slowdown => ({
    multiplier: tenth(multiplier),
    range: [tenth(multiplier - width / 2), tenth(multiplier + width / 2)],
  })
  if (benchmarkIndex >= 1300) {
    const excess = (benchmarkIndex - 1300) / 233
    const multiplier = 3 + excess
    return around(multiplier, Math.max(excess, 1.5, multiplier * 0.3))
  }
  if (benchmarkIndex >= 800) return around(2 + (benchmarkIndex - 800) / 500, 1.5)
  return around(1 + (benchmarkIndex - 150) / 650, 0.5)
}
