/**
 * Waiting for a quiet machine before a timed load. Each cold load opens a new browser
 * window, and Chromium's own start-up of it (see scripts/chromium.ts), the close of
 * the previous one or any other work on the machine would share the CPU with the page
 * being timed: on two cores, a page's paint or blocking time moved with it. A timed
 * load starts once the machine has been idle for a moment; the wait is capped, and a
 * load that had to start on a busy machine is counted.
 */
import { cpus } from 'node:os'

/** CPU time of one core, by kind, in milliseconds since boot (as `os.cpus()` gives it). */
export type CoreTimes = { user: number; nice: number; sys: number; idle: number; irq: number }

/** The share of all cores' time between two readings that was spent busy, 0–1 (0 when no time passed). */
export function busyShare(before: readonly CoreTimes[], after: readonly CoreTimes[]): number {
  const all = (t: CoreTimes) => t.user + t.nice + t.sys + t.idle + t.irq
  let busy = 0
  let total = 0
  after.forEach((a, i) => {
    const b = before[i]
    if (!b) return
    const spent = all(a) - all(b)
    total += spent
    busy += spent - (a.idle - b.idle)
  })
  return total > 0 ? Math.min(1, Math.max(0, busy / total)) : 0
}

export interface QuietOptions {
  /** Length of one reading, ms. */
  windowMs: number
  /** A window is quiet below this busy share of all cores. */
  maxBusy: number
  /** Quiet windows in a row that make the machine quiet. */
  windows: number
  /** The longest wait, ms: the load then starts anyway. */
  timeoutMs: number
}

export const QUIET: QuietOptions = { windowMs: 250, maxBusy: 0.1, windows: 2, timeoutMs: 4000 }

/** Whether a run of readings (busy shares, oldest first) ends in `windows` quiet ones. */
export function isQuiet(shares: readonly number[], o: Pick<QuietOptions, 'maxBusy' | 'windows'>): boolean {
  return shares.length >= o.windows && shares.slice(-o.windows).every((s) => s < o.maxBusy)
}

const times = (): CoreTimes[] => cpus().map((c) => c.times)

/** Waits until the machine is quiet, or the timeout. Resolves to whether it was quiet. */
export async function waitForQuiet(o: QuietOptions = QUIET): Promise<boolean> {
  const start = Date.now()
  const shares: number[] = []
  while (Date.now() - start < o.timeoutMs) {
    const before = times()
    await new Promise((r) => setTimeout(r, o.windowMs))
    shares.push(busyShare(before, times()))
    if (isQuiet(shares, o)) return true
  }
  return false
}
