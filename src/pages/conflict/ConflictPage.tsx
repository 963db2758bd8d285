import { Link } from 'react-router'
import { useAtlas } from '../../lib/hooks/atlasContext'
import { VerificationTag, statusToken } from '../../components/Badges'
import { DealList } from '../../components/DealList'
import { StatusStep } from '../../components/StatusStep'
import { EvidenceSections } from '../../components/EvidenceSections'
import { Freshness } from '../../components/Freshness'
import { RecordChanges } from '../../components/RecordChanges'
import { PageMeta } from '../../components/PageMeta'
import { StakeSection } from '../../components/StakeSection'
import { Cite, SourceNumbering } from '../../components/Sources'
import { RecordNotFound } from '../not-found/RecordNotFound'
import { ConflictHeader } from './ConflictHeader'
import { ConflictMapFrame } from './ConflictMapFrame'
import { useConflictPage } from './useConflictPage'
import '../../components/Badges.css'
import '../../components/deal-timeline.css'
import '../../components/status-history.css'
import './ConflictPage.css'

/** One conflict: who, what was promised and traded, what happened, who says so. */
export function Page() {
  const ix = useAtlas()
  const page = useConflictPage()
  if (!page.found) return <RecordNotFound kind="conflict" param="conflictId" catalogue={page.catalogue} />
  const { model: m, extra } = page
  const { conflict, sites, deals } = m
  return (
    <SourceNumbering sources={m.sources}>
      <article className="page conflict-page" data-conflict-id={conflict.id}>
        <PageMeta title={conflict.name} description={m.description} />
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <Link to="/conflicts">Conflicts</Link> <span aria-hidden="true">›</span> {conflict.shortName}
        </nav>
        <ConflictHeader model={m} />
        <section aria-labelledby="summary-h">
          <h2 id="summary-h">Summary</h2>
          <p className="summary">
            {conflict.summary}
            <Cite ids={conflict.sources} />
          </p>
          <Freshness {...m.freshness} />
          <RecordChanges statuses={conflict.statusHistory} corrections={ix.data.changelog} />
          <h3>Status over time</h3>
          <ol className="status-history" data-testid="status-history">
            {conflict.statusHistory.map((s, i) => (
              <StatusStep key={i} step={s} className={`status-step status-step--${statusToken(s.status)}`}>
                {s.agreement ? <Link to={`/deals/${s.agreement}`}>{s.label}</Link> : s.label}
              </StatusStep>
            ))}
          </ol>
        </section>

        <section aria-labelledby="map-h">
          <h2 id="map-h">Where</h2>
          <ConflictMapFrame model={m} region={extra?.region ?? null} />
          {sites.length > 0 && (
            <details className="site-table">
              <summary>Sites on this map ({sites.length})</summary>
              <ul>
                {sites.map((s) => (
                  <li key={s.id}>
                    <strong>{s.name}</strong> ({s.kind}) — {s.description} <Cite ids={s.sources} />{' '}
                    <VerificationTag level={s.verification} />
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>

        <StakeSection conflict={conflict} stakes={m.stakes} />

        <section aria-labelledby="deals-h">
          <h2 id="deals-h">Deals and key events</h2>
          {m.signedSinceStart === 0 && (
            <p className="notice" data-testid="no-agreement">
              No agreement between the parties was signed in {m.coverageYear} or since.
              {m.signedCount > 0 && ' The only agreement listed here is older.'} Below are the claims and events that
              put this conflict on the White House&rsquo;s list, with their context.
            </p>
          )}
          <DealList deals={deals} testId="conflict-deals" />
          {m.mineralsDeals.length > 0 && (
            <>
              <h3>Minerals deals the sources tie to this conflict</h3>
              <p className="muted">
                Part of the wider US minerals diplomacy rather than the peace process between the parties.
              </p>
              <DealList deals={m.mineralsDeals} testId="conflict-minerals-deals" />
            </>
          )}
        </section>

        <EvidenceSections
          assessments={m.assessments}
          discrepancies={m.discrepancies}
          sources={m.sources}
          dataPath={`/api/conflicts/${conflict.id}.json`}
          citePath={`/conflicts/${conflict.id}`}
          citeTitle={conflict.name}
        />

        {extra?.neighbours && (
          <nav className="pager" aria-label="Other conflicts">
            <Link to={`/conflicts/${extra.neighbours.prev.id}`} rel="prev">
              ← {extra.neighbours.prev.name}
            </Link>
            <Link to={`/conflicts/${extra.neighbours.next.id}`} rel="next">
              {extra.neighbours.next.name} →
            </Link>
          </nav>
        )}
      </article>
    </SourceNumbering>
  )
}
