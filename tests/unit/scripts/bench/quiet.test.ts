import { describe, expect, it } from 'vitest'
import { busyShare, isQuiet, type CoreTimes } from '../../../../scripts/bench/quiet'

const core = (busy: number, idle: number): CoreTimes => ({ user: busy, nice: 0, sys: 0, idle, irq: 0 })

describe('the busy share of the machine between two readings', () => {
  it('counts the time every core spent busy against all the time that passed', () => {
    const before = [core(1000, 5000), core(2000, 4000)]
    // Core 0: 100 busy, 150 idle; core 1: 0 busy, 250 idle.
    const after = [core(1100, 5150), core(2000, 4250)]
    expect(busyShare(before, after)).toBeCloseTo(100 / 500)
  })

  it('is 0 when no time passed, and stays within 0–1 when the counters misbehave', () => {
    expect(busyShare([core(1, 1)], [core(1, 1)])).toBe(0)
    expect(busyShare([core(0, 100)], [core(50, 90)])).toBe(1)
  })

  it('ignores a core the first reading did not have', () => {
    expect(busyShare([core(0, 0)], [core(0, 100), core(100, 0)])).toBe(0)
  })
})

describe('a quiet machine', () => {
  const o = { maxBusy: 0.1, windows: 2 }

  it('needs the last readings in a row to be quiet', () => {
    expect(isQuiet([0.6, 0.05, 0.02], o)).toBe(true)
    expect(isQuiet([0.05, 0.02, 0.4], o)).toBe(false)
    expect(isQuiet([0.05, 0.4, 0.02], o)).toBe(false)
  })

  it('needs as many readings as the run asks for', () => {
    expect(isQuiet([0.01], o)).toBe(false)
    expect(isQuiet([], o)).toBe(false)
  })
})
