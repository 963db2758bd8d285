/** RFC 4180 CSV, written with d3-dsv: fields quoted where they must be, CRLF line ends. Pure. */
import { csvFormatRow } from 'd3-dsv'

export type Cell = string | number | boolean | null

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return [header, ...rows].map((r) => csvFormatRow(r.map((c) => (c === null ? '' : String(c))))).join('\r\n') + '\r\n'
}
