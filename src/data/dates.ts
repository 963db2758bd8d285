/** Dates as the data writes them (`2025`, `2025-06`, `2025-06-27`). Pure. */

/** Compares partial ISO dates as text: `2025-06` sorts before `2025-06-27`. */
export const compareDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
