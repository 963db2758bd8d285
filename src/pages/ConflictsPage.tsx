import { PageMeta } from '../components/PageMeta'
import { INDEX } from '../data/dataset'
import { ConflictList } from '../map/ConflictList'

/** All conflicts as a list, for readers who want no map. */
export function ConflictsPage() {
  return (
    <div className="page">
      <PageMeta
        title="Conflicts"
        description="The nine conflicts the CFR article of 15 December 2025 covers, with their status, latest deal and the resources at stake."
      />
      <header className="page-header">
        <h1>Conflicts</h1>
        <p className="lede">
          The nine conflicts covered by the Council on Foreign Relations&rsquo; article of 15 December 2025 on peace
          deals and critical minerals, each with its latest sourced status.
        </p>
      </header>
      <ConflictList ix={INDEX} conflicts={INDEX.data.conflicts} selected={null} />
    </div>
  )
}
