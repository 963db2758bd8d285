import { describe, expect, it } from 'vitest'
import { cpuSlowdownFor } from '../../../../scripts/bench/cpuSlowdown'

describe("the CPU slowdown for a host's benchmark index", () => {
  it("is Lighthouse's default 4× on the host that default assumes", () => {
    expect(cpuSlowdownFor(1533)?.multiplier).toBe(4)
  })

  it("passes through each of the calculator's anchors", () => {
    expect([150, 800, 1300, 2000].map((i) => cpuSlowdownFor(i)?.multiplier)).toEqual([1, 2, 3, 6])
  })

  it('is lower on a slower host and higher on a faster one, between the anchors', () => {
    expect(cpuSlowdownFor(1050)?.multiplier).toBe(2.5)
    expect(cpuSlowdownFor(1766)?.multiplier).toBe(5)
  })

  it("gives the calculator's confidence range around the multiplier", () => {
    expect(cpuSlowdownFor(1050)?.range).toEqual([1.8, 3.3])
    expect(cpuSlowdownFor(475)?.range).toEqual([1.3, 1.8])
  })

  it('refuses a host too slow to stand for the target phone, or no reading at all', () => {
    expect(cpuSlowdownFor(120)).toBeNull()
    expect(cpuSlowdownFor(Number.NaN)).toBeNull()
  })
})
