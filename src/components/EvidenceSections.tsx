import type { Assessment, Discrepancy, Source } from '../data/schema'
import { AssessmentCards } from './AssessmentCards'
import { CiteBlock } from './CiteBlock'
import { DataLink } from './DataLink'
import { DiscrepancyNotes } from './DiscrepancyNotes'
import { SourceList } from './Sources'

/**
 * The closing sections a conflict or deal page shares: expert views, fact-check
 * notes, the numbered sources with the page's JSON, and how to cite it.
 */
export function EvidenceSections({
  assessments,
  discrepancies,
  sources,
  dataPath,
  citePath,
  citeTitle,
  citeLabel,
}: {
  assessments: readonly Assessment[]
  discrepancies: readonly Discrepancy[]
  sources: readonly Source[]
  dataPath: string
  citePath: string
  citeTitle: string
  citeLabel?: string
}) {
  return (
    <>
      {assessments.length > 0 && (
        <section aria-labelledby="experts-h">
          <h2 id="experts-h">What experts say</h2>
          <AssessmentCards assessments={assessments} />
        </section>
      )}
      {discrepancies.length > 0 && (
        <section aria-labelledby="fact-h">
          <h2 id="fact-h">Fact-check notes</h2>
          <DiscrepancyNotes discrepancies={discrepancies} />
        </section>
      )}
      <section aria-labelledby="sources-h">
        <h2 id="sources-h">Sources</h2>
        <SourceList sources={sources} />
        <DataLink path={dataPath} />
      </section>
      <CiteBlock path={citePath} title={citeTitle} label={citeLabel} />
    </>
  )
}
