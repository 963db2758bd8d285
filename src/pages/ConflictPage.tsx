import { Link, useParams } from 'react-router'
import { AgreementStatusBadge, ConflictStatusBadge, VerificationTag, statusToken } from '../components/Badges'
import { PageMeta } from '../components/PageMeta'
import { TermChips } from '../components/TermChips'
import { EvidenceSections } from '../components/EvidenceSections'
import { StakeSection } from '../components/StakeSection'
import { Cite, SourceNumbering } from '../components/Sources'
import { INDEX } from '../data/dataset'
import {
  agreementsOfConflict,
  assessmentsOfConflict,
  collectSources,
  currentStatus,
  discrepanciesOfConflict,
  neighbours,
  partyIso3s,
  sitesOfConflict,
  stakesOfConflict,
} from '../data/selectors'
import type { PartyRole } from '../data/schema'
import { formatDate } from '../lib/format'
import { AGREEMENT_TYPE_LABEL, CONFLICT_STATUS_LABEL, RESOURCE_TERMS } from '../lib/labels'
import { closestMatches } from '../lib/similar'
import { LocatorMap } from '../map/LocatorMap'
import { NotFoundPage } from './NotFoundPage'
import '../components/Badges.css'
import '../components/deal-timeline.css'
import '../components/status-history.css'
import './ConflictPage.css'

const ROLE_ORDER: PartyRole[] = ['belligerent', 'backer', 'mediator', 'observer']
const ROLE_HEADING: Record<PartyRole, string> = {
  belligerent: 'Parties',
  backer: 'Backers',
  mediator: 'Mediators',
  observer: 'Observers',
}

/** One conflict: who, what was promised and traded, what happened, who says so. */
export function ConflictPage() {
  const { conflictId = '' } = useParams()
  const conflict = INDEX.conflicts.get(conflictId)
  if (!conflict) {
    const suggestions = closestMatches(conflictId, INDEX.data.conflicts, (c) => [c.id, c.name, c.shortName]).map(
      (c) => ({
        to: `/conflicts/${c.id}`,
        label: c.name,
      }),
    )
    return <NotFoundPage what="conflict" suggestions={suggestions} />
  }
  const status = currentStatus(conflict)
  const deals = agreementsOfConflict(INDEX, conflict.id)
  const stakes = stakesOfConflict(INDEX, conflict.id)
  const sites = sitesOfConflict(INDEX, conflict.id)
  const assessments = assessmentsOfConflict(INDEX, conflict.id)
  const discrepancies = discrepanciesOfConflict(INDEX, conflict.id)
  const sources = collectSources(
    INDEX,
    conflict,
    deals.map((d) => ({ sources: d.sources })),
    stakes,
    sites,
    assessments,
    discrepancies,
  )
  const nb = neighbours(INDEX, conflict.id)
  const signed = deals.filter((d) => d.kind === 'agreement')
  // The atlas covers the deal-making of 2025 on; an older agreement (Kosovo–Serbia, 2020) does not count here.
  const signedSince2025 = signed.filter((d) => d.date >= '2025-01-01')
  const description = `${conflict.name}: ${CONFLICT_STATUS_LABEL[status.status].toLowerCase()} as of ${formatDate(status.date)}. ${signed.length} agreements, the minerals at stake, expert views and sources.`

  return (
    <SourceNumbering sources={sources}>
      <article className="page conflict-page" data-conflict-id={conflict.id}>
        <PageMeta title={conflict.name} description={description} />
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <Link to="/conflicts">Conflicts</Link> <span aria-hidden="true">›</span> {conflict.shortName}
        </nav>
        <header className="page-header">
          <p className="eyebrow">{conflict.region}</p>
          <h1>{conflict.name}</h1>
          <div className="page-header__status" data-testid="conflict-status">
            <ConflictStatusBadge status={status.status} asOf={status.date} />
            <span className="muted">
              {status.label}
              <Cite ids={status.sources} /> <VerificationTag level={status.verification} />
            </span>
          </div>
          <dl className="parties">
            {ROLE_ORDER.map((role) => {
              const ps = conflict.parties.filter((p) => p.role === role)
              if (ps.length === 0) return null
              return (
                <div key={role} className="parties__group">
                  <dt>{ROLE_HEADING[role]}</dt>
                  <dd>
                    <ul className="party-list" data-testid={`parties-${role}`}>
                      {ps.map((p) => {
                        const a = INDEX.actors.get(p.actor)
                        return (
                          <li key={p.actor}>
                            <span className={`party party--${a?.kind ?? 'state'}`}>{a?.name ?? p.actor}</span>
                            {a && a.kind !== 'state' && (
                              <span className="tag">
                                {a.kind === 'non-state-armed-group'
                                  ? 'non-state armed group'
                                  : a.kind.replace(/-/g, ' ')}
                              </span>
                            )}
                            {p.note && <span className="muted"> — {p.note}</span>}
                            {p.sources && <Cite ids={p.sources} />}
                          </li>
                        )
                      })}
                    </ul>
                  </dd>
                </div>
              )
            })}
          </dl>
          <aside className={`claim-box claim-box--${conflict.whiteHouseClaim.counted ? 'counted' : 'not-counted'}`}>
            <p className="claim-box__title">
              {conflict.whiteHouseClaim.counted
                ? 'The White House counts this among the wars it says it ended'
                : 'Not among the wars the White House says it ended'}
            </p>
            <p>
              {conflict.whiteHouseClaim.note}
              <Cite ids={conflict.whiteHouseClaim.sources} />
            </p>
          </aside>
        </header>

        <section aria-labelledby="summary-h">
          <h2 id="summary-h">Summary</h2>
          <p className="summary">
            {conflict.summary}
            <Cite ids={conflict.sources} />
          </p>
          <h3>Status over time</h3>
          <ol className="status-history" data-testid="status-history">
            {conflict.statusHistory.map((s, i) => (
              <li key={i} className={`status-step status-step--${statusToken(s.status)}`}>
                <time dateTime={s.date}>{formatDate(s.date, 'day', true)}</time>
                <span className="status-step__label">
                  {s.agreement ? <Link to={`/deals/${s.agreement}`}>{s.label}</Link> : s.label}
                  <Cite ids={s.sources} /> <VerificationTag level={s.verification} />
                </span>
                {s.note && <span className="status-step__note">{s.note}</span>}
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="map-h">
          <h2 id="map-h">Where</h2>
          <LocatorMap
            conflictId={conflict.id}
            conflictName={conflict.name}
            parties={partyIso3s(INDEX, conflict)}
            partyFill={`var(--status-${statusToken(status.status)}-soft)`}
            sites={sites}
          />
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

        <StakeSection conflict={conflict} stakes={stakes} />

        <section aria-labelledby="deals-h">
          <h2 id="deals-h">Deals and key events</h2>
          {signedSince2025.length === 0 && (
            <p className="notice" data-testid="no-agreement">
              No agreement between the parties was signed in 2025 or since.
              {signed.length > 0 && ' The only agreement listed here is older.'} Below are the claims and events that
              put this conflict on the White House&rsquo;s list, with their context.
            </p>
          )}
          <ol className="deal-timeline" data-testid="conflict-deals">
            {deals.map((d) => {
              const last = d.statusHistory[d.statusHistory.length - 1]
              const terms = [...new Set(d.provisions.flatMap((p) => p.terms))].filter((t) => RESOURCE_TERMS.has(t))
              return (
                <li key={d.id} className={`deal-item deal-item--${d.kind}`}>
                  <time dateTime={d.date}>{formatDate(d.date, d.datePrecision, true)}</time>
                  <div>
                    <Link to={`/deals/${d.id}`} className="deal-item__title">
                      {d.commonName ?? d.title}
                    </Link>
                    <span className="muted"> · {AGREEMENT_TYPE_LABEL[d.type]}</span>
                    {last && d.kind === 'agreement' && (
                      <>
                        {' '}
                        <AgreementStatusBadge status={last.status} asOf={last.date} />
                      </>
                    )}
                    <TermChips terms={terms} />
                  </div>
                </li>
              )
            })}
          </ol>
        </section>

        <EvidenceSections
          assessments={assessments}
          discrepancies={discrepancies}
          sources={sources}
          dataPath={`/api/conflicts/${conflict.id}.json`}
          citePath={`/conflicts/${conflict.id}`}
          citeTitle={conflict.name}
        />

        {nb && (
          <nav className="pager" aria-label="Other conflicts">
            <Link to={`/conflicts/${nb.prev.id}`} rel="prev">
              ← {nb.prev.name}
            </Link>
            <Link to={`/conflicts/${nb.next.id}`} rel="next">
              {nb.next.name} →
            </Link>
          </nav>
        )}
      </article>
    </SourceNumbering>
  )
}
