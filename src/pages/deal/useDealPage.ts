import { useParams } from 'react-router'
import { useAtlas, useNotFoundCatalogue } from '../../lib/hooks/atlasContext'
import type { CatalogueEntry } from '../../data/routeData'
import { dealModel, type DealModel } from './dealModel'

/**
 * What the deal page and its embed both read: the model of the deal the address names,
 * or, when it names none, the catalogue to suggest from.
 */
export function useDealPage(): { found: true; model: DealModel } | { found: false; catalogue: CatalogueEntry[] } {
  const { dealId = '' } = useParams()
  const ix = useAtlas()
  const catalogue = useNotFoundCatalogue()
  const model = dealModel(ix, dealId)
  return catalogue || !model ? { found: false, catalogue: catalogue ?? [] } : { found: true, model }
}
