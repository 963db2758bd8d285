import { PageMeta } from '../../components/PageMeta'
import { CiteBlock } from '../../components/CiteBlock'
import { useAtlas, useRouteExtra } from '../../lib/hooks/atlasContext'
import { countWord } from '../../lib/format'
import { ConflictList } from '../../map/ConflictList'
import type { ConflictsExtra } from './route'

/** All conflicts as a list, for readers who want no map. */
export function Page() {
  const ix = useAtlas()
  const { deals } = useRouteExtra<ConflictsExtra>()
  const n = countWord(ix.data.conflicts.length)
  return (
    <div className="page">
      <PageMeta
        title="Conflicts"
        description={`The ${n} conflicts of the atlas, with their status, latest deal and the resources at stake.`}
      />
      <header className="page-header">
        <h1>Conflicts</h1>
        <p className="lede">
          The {n} conflicts of the atlas, starting from the Council on Foreign Relations&rsquo; article of 15 December
          2025 on peace deals and critical minerals, each with its latest sourced status.
        </p>
      </header>
      <ConflictList ix={ix} deals={deals} conflicts={ix.data.conflicts} selected={null} />
      <CiteBlock path="/conflicts" title="Conflicts" />
    </div>
  )
}
