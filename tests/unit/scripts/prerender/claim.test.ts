import { describe, expect, it } from 'vitest'
import { drain, makeCounter, takeNext, threadCount } from '../../../../scripts/prerender/claim'

describe('the prerender threads sharing the pages', () => {
  it('gives every page to exactly one thread, however their turns interleave', async () => {
    const counter = makeCounter()
    const taken: Record<string, number[]> = { fast: [], slow: [] }
    // The slow thread spends longer on each page, so the fast one takes more of them.
    const thread = (name: string, ms: number) =>
      drain(counter, 25, async (i) => {
        taken[name]!.push(i)
        await new Promise((r) => setTimeout(r, ms))
      })
    const [fast, slow] = await Promise.all([thread('fast', 1), thread('slow', 6)])
    expect([...taken.fast!, ...taken.slow!].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i))
    expect(fast + slow).toBe(25)
    expect(fast).toBeGreaterThan(slow)
  })

  it('has nothing left to give once all are taken', () => {
    const counter = makeCounter()
    expect([takeNext(counter, 2), takeNext(counter, 2), takeNext(counter, 2), takeNext(counter, 2)]).toEqual([
      0,
      1,
      null,
      null,
    ])
  })

  it('uses one thread per core unless PRERENDER_THREADS names a whole number from 1', () => {
    expect(threadCount(undefined, 2)).toBe(2)
    expect(threadCount('3', 2)).toBe(3)
    expect(threadCount('1', 8)).toBe(1)
    for (const bad of ['', '0', '-1', '1.5', 'two']) expect(threadCount(bad, 2), bad).toBe(2)
    expect(threadCount(undefined, 0)).toBe(1)
  })
})
