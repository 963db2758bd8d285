/** Suggestions for an unknown id: the closest records of the kind asked for. Pure. */
import type { CatalogueEntry } from '../../data/routeData'
import { closestMatches } from '../../lib/similar'

export interface Suggestion {
  to: string
  label: string
}

export function suggestionsFor(
  catalogue: readonly CatalogueEntry[],
  kind: CatalogueEntry['kind'] | null,
  id: string,
): Suggestion[] {
  const pool = kind ? catalogue.filter((c) => c.kind === kind) : catalogue
  return closestMatches(id, pool, (c) => [c.id, c.label, ...c.alt]).map((c) => ({ to: c.to, label: c.label }))
}
