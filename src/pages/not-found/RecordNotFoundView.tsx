import { useParams } from 'react-router'
import type { CatalogueEntry } from '../../data/routeData'
import { suggestionsFor } from './suggest'
import { NotFoundPage } from './NotFoundPage'

const WHAT: Record<CatalogueEntry['kind'], string> = { conflict: 'conflict', deal: 'deal', mineral: 'mineral' }

/** The not-found page of a record page: what was asked for and the closest records of that kind. */
export default function RecordNotFoundView({
  kind,
  param,
  catalogue,
}: {
  kind: CatalogueEntry['kind']
  param: string
  catalogue: CatalogueEntry[]
}) {
  const id = useParams()[param] ?? ''
  return <NotFoundPage what={WHAT[kind]} suggestions={suggestionsFor(catalogue, kind, id)} />
}
