/**
 * How the prerender's threads share the pages: each takes the next page no thread has
 * taken, from a counter in memory they all share. A thread slowed by heavy pages (a map,
 * a card to draw) or by a busy machine simply takes fewer; every page is taken once.
 */

/** A counter for `takeNext`, shareable with worker threads (it lives in a SharedArrayBuffer). */
export const makeCounter = (): Int32Array => new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT))

/** The index of the next page to write, or null when all `total` are taken. */
export function takeNext(counter: Int32Array, total: number): number | null {
  const i = Atomics.add(counter, 0, 1)
  return i < total ? i : null
}

/** Runs `work` on each index this thread takes, one after the other; resolves with how many it took. */
export async function drain(counter: Int32Array, total: number, work: (i: number) => Promise<void>): Promise<number> {
  let taken = 0
  for (let i = takeNext(counter, total); i !== null; i = takeNext(counter, total)) {
    await work(i)
    taken++
  }
  return taken
}

/**
 * How many threads write pages: `PRERENDER_THREADS` when it is a whole number from 1,
 * else one per core the process may use.
 */
export function threadCount(setting: string | undefined, cores: number): number {
  const n = Number(setting)
  return Number.isInteger(n) && n >= 1 ? n : Math.max(1, cores)
}
