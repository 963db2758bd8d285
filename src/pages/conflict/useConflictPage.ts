import { useParams } from 'react-router'
import { useAtlas, useNotFoundCatalogue, useRootData, useRouteExtra } from '../../lib/hooks/atlasContext'
import type { CatalogueEntry } from '../../data/routeData'
import { conflictModel, type ConflictModel } from './conflictModel'
import type { ConflictExtra } from './route'

/**
 * What the conflict page and its embed both read: the model of the conflict the address
 * names and the route's extra, or, when it names none, the catalogue to suggest from.
 */
export function useConflictPage():
  { found: true; model: ConflictModel; extra: ConflictExtra | null } | { found: false; catalogue: CatalogueEntry[] } {
  const { conflictId = '' } = useParams()
  const ix = useAtlas()
  const { coverageStart } = useRootData()
  const extra = useRouteExtra<ConflictExtra | null>()
  const catalogue = useNotFoundCatalogue()
  const model = conflictModel(ix, conflictId, coverageStart)
  return catalogue || !model ? { found: false, catalogue: catalogue ?? [] } : { found: true, model, extra }
}
