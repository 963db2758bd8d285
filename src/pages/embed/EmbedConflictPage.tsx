import { useParams } from 'react-router'
import { ConflictStatusBadge } from '../../components/Badges'
import { PageMeta } from '../../components/PageMeta'
import { useAtlas, useNotFoundCatalogue, useRootData, useRouteExtra } from '../../lib/hooks/atlasContext'
import { ConflictMapFrame } from '../conflict/ConflictMapFrame'
import { conflictModel } from '../conflict/conflictModel'
import type { ConflictExtra } from '../conflict/route'
import { RecordNotFound } from '../not-found/RecordNotFound'
import '../../components/Badges.css'
import './EmbedCard.css'

/** `/embed/conflicts/<id>`: a conflict's card, its status and its locator map in their frame, for other sites. */
export function Page() {
  const { conflictId = '' } = useParams()
  const ix = useAtlas()
  const { coverageStart } = useRootData()
  const extra = useRouteExtra<ConflictExtra | null>()
  const catalogue = useNotFoundCatalogue()
  const m = conflictModel(ix, conflictId, coverageStart)
  if (catalogue || !m) return <RecordNotFound kind="conflict" param="conflictId" catalogue={catalogue ?? []} />
  const { conflict, status } = m
  return (
    <article className="embed-card" data-conflict-id={conflict.id}>
      <PageMeta title={`${conflict.name} (embed)`} description={m.description} />
      <h1>{conflict.name}</h1>
      <p>
        <ConflictStatusBadge status={status.status} asOf={status.date} /> <span className="muted">{status.label}</span>
      </p>
      <ConflictMapFrame model={m} region={extra?.region ?? null} />
    </article>
  )
}
