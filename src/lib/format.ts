/** Small pure formatting helpers. Dates are formatted in UTC so no reader sees a shifted day. */

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
/** Jan … Dec. */
export const MONTHS_SHORT = MONTHS.map((m) => m.slice(0, 3))

/**
 * `2025-12-04` → "4 December 2025"; `2025-02` → "February 2025"; `2025` → "2025".
 * With precision `month`, a full date is shown as its month.
 */
export function formatDate(date: string, precision: 'day' | 'month' | 'year' = 'day', short = false): string {
  const [y, m, d] = date.split('-')
  const names = short ? MONTHS_SHORT : MONTHS
  const month = m ? names[Number(m) - 1] : undefined
  if (!month || precision === 'year') return y ?? date
  if (!d || precision === 'month') return `${month} ${y}`
  return `${Number(d)} ${month} ${y}`
}

const numberFormats = new Map<number, Intl.NumberFormat>()

/** Thousands separators, and at most `digits` decimals. One formatter per precision: making one costs far more than using it. */
export function formatNumber(n: number, digits = 1): string {
  let format = numberFormats.get(digits)
  if (!format) numberFormats.set(digits, (format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits })))
  return format.format(n)
}

export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—'
  return share >= 10 ? `${share.toFixed(0)}%` : share >= 1 ? `${share.toFixed(1)}%` : `${share.toFixed(2)}%`
}

/** Big counts in words: 6,000,000 → "6 million". */
export function formatCompact(n: number): string {
  if (Math.abs(n) >= 1e9) return `${formatNumber(n / 1e9)} billion`
  if (Math.abs(n) >= 1e6) return `${formatNumber(n / 1e6)} million`
  return formatNumber(n, 0)
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** `right-of-first-offer` → "right of first offer". */
export const humanize = (s: string): string => s.replace(/-/g, ' ')

/** Days between two ISO dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000)
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']

/** A count for prose: words up to twelve ("nine conflicts"), numerals after. */
export const countWord = (n: number): string => WORDS[n] ?? String(n)
