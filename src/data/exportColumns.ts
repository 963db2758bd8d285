/** Columns the CSV tables share: lists joined with "; ", and the two columns a sourced fact ends with. Pure. */
import type { Column } from './exportTables'
import type { Verification } from './schema'

export const list = (xs: readonly string[] | undefined): string => (xs ?? []).join('; ')

/** The source ids of the fact `fact(r)` and how well they support it. */
export function sourcedColumns<T>(
  fact: (r: T) => { sources: readonly string[]; verification: Verification },
  sourcesDescription = 'Source ids',
): Array<Column<T>> {
  return [
    { name: 'sources', description: sourcesDescription, type: 'string', get: (r) => list(fact(r).sources) },
    { name: 'verification', description: 'verified, secondary or unverified', type: 'string', get: (r) => fact(r).verification },
  ]
}
