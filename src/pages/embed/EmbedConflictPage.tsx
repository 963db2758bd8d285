import { ConflictStatusBadge } from '../../components/Badges'
import { PageMeta } from '../../components/PageMeta'
import { ConflictMapFrame } from '../conflict/ConflictMapFrame'
import { useConflictPage } from '../conflict/useConflictPage'
import { RecordNotFound } from '../not-found/RecordNotFound'
import '../../components/Badges.css'
import './EmbedCard.css'

/** `/embed/conflicts/<id>`: a conflict's card, its status and its locator map in their frame, for other sites. */
export function Page() {
  const page = useConflictPage()
  if (!page.found) return <RecordNotFound kind="conflict" param="conflictId" catalogue={page.catalogue} />
  const { model: m, extra } = page
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
