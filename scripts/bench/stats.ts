/** Medians and ranges of repeated measurements. */
export interface Stat {
  median: number
  min: number
  max: number
}

export function stat(xs: readonly number[]): Stat {
  const s = [...xs].sort((a, b) => a - b)
  const median = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
  return { median, min: s[0] ?? 0, max: s[s.length - 1] ?? 0 }
}

export const kb = (bytes: number): string => (bytes / 1024).toFixed(1)
/** A median and its range at `digits` decimals: `12.3 ms (5.7–36.0)`. */
export const spread = (s: Stat, digits: number, unit = ''): string =>
  `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`
export const ms = (s: Stat | null): string => (s ? spread(s, 1, ' ms') : '—')

/** One printed row: what, the figure, the budget, and whether the figure keeps it. */
export type Row = [what: string, figure: string, budget: string, verdict: string]

export const verdict = (ok: boolean | null): string => (ok === null ? '' : ok ? 'ok' : 'MISSED')

export function printTable(title: string, rows: readonly Row[]): void {
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)))
  console.log(`\n${title}\n`)
  for (const r of rows) console.log(`${r[0].padEnd(w[0]!)}  ${r[1].padEnd(w[1]!)}  ${r[2].padEnd(w[2]!)}  ${r[3]}`)
}
