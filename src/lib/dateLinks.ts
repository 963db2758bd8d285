/**
 * Links between the map on a date and the timeline around it. Pure.
 */

/** The home map as it stood on a (partial) ISO date: a month or a year means its last day. */
export function mapOnDate(date: string): string {
  const [y = '', m, d] = date.split('-')
  if (d !== undefined) return `/?date=${date}`
  const month = m === undefined ? 12 : Number(m)
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate()
  return `/?date=${y}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`
}

/** The timeline narrowed to the month of a day (`YYYY-MM-DD`). */
export function timelineOfMonth(day: string): string {
  const month = day.slice(0, 7)
  return `/timeline?from=${month}&to=${month}`
}
