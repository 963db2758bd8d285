import { useEffect } from 'react'
import { useHydrated } from '../lib/useHydrated'
import { Link, useLocation, useParams } from 'react-router'
import { AgreementStatusBadge, VerificationTag } from '../components/Badges'
import { EvidenceSections } from '../components/EvidenceSections'
import { PageMeta } from '../components/PageMeta'
import { TermChips } from '../components/TermChips'
import { ShareButtons } from '../components/ShareButtons'
import { Cite, SourceNumbering } from '../components/Sources'
import { INDEX } from '../data/dataset'
import { assessmentsOfAgreement, collectSources, discrepanciesOfAgreement } from '../data/selectors'
import type { Relation } from '../data/schema'
import { formatDate } from '../lib/format'
import { AGREEMENT_TYPE_LABEL, RESOURCE_TERMS } from '../lib/labels'
import { closestMatches } from '../lib/similar'
import { NotFoundPage } from './NotFoundPage'
import '../components/status-history.css'
import './DealPage.css'

const RELATION_LABEL: Record<Relation['type'], string> = {
  supersedes: 'Supersedes',
  implements: 'Implements',
  parallel: 'Parallel track',
  follows: 'Follows',
  endorses: 'Endorses',
}
const INVERSE_LABEL: Record<Relation['type'], string> = {
  supersedes: 'Superseded by',
  implements: 'Implemented by',
  parallel: 'Parallel track',
  follows: 'Followed by',
  endorses: 'Endorsed by',
}

/** The provision number named by a `#provision-N` hash, or null. */
export function provisionFromHash(hash: string): number | null {
  const m = /^#provision-(\d{1,4})$/.exec(hash)
  return m ? Number(m[1]) : null
}

/** One deal: its text in brief, what each side gets, what became of it, and how to share it. */
export function DealPage() {
  const { dealId = '' } = useParams()
  const { hash } = useLocation()
  const deal = INDEX.agreements.get(dealId)
  const hydrated = useHydrated()
  const wanted = provisionFromHash(hash)
  const exists = deal?.provisions.some((p) => p.n === wanted) ?? false
  const highlight = hydrated && exists ? wanted : null

  // Scroll to and focus the provision a link points at (the hash survives a cold load).
  useEffect(() => {
    if (highlight === null) return
    const el = document.getElementById(`provision-${highlight}`)
    el?.scrollIntoView({
      block: 'center',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    })
    el?.focus({ preventScroll: true })
  }, [highlight, dealId])

  if (!deal) {
    const suggestions = closestMatches(dealId, INDEX.data.agreements, (a) => [a.id, a.title, a.commonName ?? '']).map(
      (a) => ({
        to: `/deals/${a.id}`,
        label: a.commonName ?? a.title,
      }),
    )
    return <NotFoundPage what="deal" suggestions={suggestions} />
  }
  const conflict = deal.conflict ? INDEX.conflicts.get(deal.conflict) : undefined
  const status = deal.statusHistory[deal.statusHistory.length - 1]
  const assessments = assessmentsOfAgreement(INDEX, deal.id)
  const discrepancies = discrepanciesOfAgreement(INDEX, deal.id)
  const related = [
    ...deal.relations.map((r) => ({ label: RELATION_LABEL[r.type], id: r.agreement })),
    ...INDEX.data.agreements.flatMap((a) =>
      a.relations.filter((r) => r.agreement === deal.id).map((r) => ({ label: INVERSE_LABEL[r.type], id: a.id })),
    ),
  ]
  const sources = collectSources(INDEX, deal, assessments, discrepancies)
  const name = deal.commonName ?? deal.title
  const path = `/deals/${deal.id}`

  return (
    <SourceNumbering sources={sources}>
      <article className="page deal-page" data-deal-id={deal.id}>
        <PageMeta
          title={name}
          description={`${AGREEMENT_TYPE_LABEL[deal.type]}, ${formatDate(deal.date, deal.datePrecision)}. ${deal.summary}`.slice(
            0,
            300,
          )}
        />
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <Link to="/conflicts">Conflicts</Link> <span aria-hidden="true">›</span>{' '}
          {conflict && <Link to={`/conflicts/${conflict.id}`}>{conflict.shortName}</Link>}{' '}
          <span aria-hidden="true">›</span> Deal
        </nav>
        <header className="page-header">
          <p className="eyebrow">
            {AGREEMENT_TYPE_LABEL[deal.type]}
            {deal.kind === 'event' && ' · key event'}
          </p>
          <h1>{name}</h1>
          {deal.commonName && deal.commonName !== deal.title && <p className="subtitle">{deal.title}</p>}
          {status && (
            <p data-testid="deal-status">
              <AgreementStatusBadge status={status.status} asOf={status.date} />{' '}
              <span className="muted">{status.label}</span>
            </p>
          )}
          <dl className="facts">
            <div>
              <dt>Date</dt>
              <dd>
                <time dateTime={deal.date}>{formatDate(deal.date, deal.datePrecision)}</time>
                {deal.datePrecision === 'month' && <span className="muted"> (day not established)</span>}
                {deal.dateNote && <span className="muted"> — {deal.dateNote}</span>}
              </dd>
            </div>
            {deal.place && (
              <div>
                <dt>Place</dt>
                <dd>{deal.place.name}</dd>
              </div>
            )}
            {conflict && (
              <div>
                <dt>Conflict</dt>
                <dd>
                  <Link to={`/conflicts/${conflict.id}`}>{conflict.name}</Link>
                </dd>
              </div>
            )}
            {deal.signatories.length > 0 && (
              <div>
                <dt>Signatories</dt>
                <dd>
                  <ul className="plain">
                    {deal.signatories.map((s, i) => (
                      <li key={i}>
                        {s.person && <strong>{s.person}</strong>}
                        {s.office && (
                          <span>
                            {s.person ? ', ' : ''}
                            {s.office}
                          </span>
                        )}
                        <span className="muted"> ({INDEX.actors.get(s.party)?.name ?? s.party})</span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {deal.brokers.length > 0 && (
              <div>
                <dt>Brokers and witnesses</dt>
                <dd>
                  <ul className="plain">
                    {deal.brokers.map((b, i) => (
                      <li key={i}>
                        {b.person && <strong>{b.person} </strong>}
                        <span>{INDEX.actors.get(b.actor)?.name ?? b.actor}</span>
                        <span className="muted"> — {b.role}</span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
          <ShareButtons path={path} provision={highlight} title={name} />
        </header>

        <section aria-labelledby="summary-h">
          <h2 id="summary-h">In brief</h2>
          <p className="summary">
            {deal.summary}
            <Cite ids={deal.sources} /> <VerificationTag level={deal.verification} />
          </p>
        </section>

        {deal.traded.length > 0 && (
          <section aria-labelledby="traded-h" className="traded">
            <h2 id="traded-h">What was traded</h2>
            <div className="traded__grid">
              {deal.traded.map((t) => (
                <div key={t.party} className="traded__side">
                  <h3>{INDEX.actors.get(t.party)?.name ?? t.party} gets</h3>
                  <ul>
                    {t.gets.map((g, i) => (
                      <li key={i}>{g}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </section>
        )}

        {deal.provisions.length > 0 && (
          <section aria-labelledby="prov-h">
            <h2 id="prov-h">Provisions</h2>
            <p className="muted">
              Summarised in our words; terms that trade minerals, energy, money or access are marked. Link to one with
              its <span aria-hidden="true">#</span> anchor.
            </p>
            <ol className="provisions" data-testid="provisions">
              {deal.provisions.map((p) => {
                const resource = p.terms.some((t) => RESOURCE_TERMS.has(t))
                return (
                  <li
                    key={p.n}
                    id={`provision-${p.n}`}
                    tabIndex={-1}
                    className={`provision${resource ? ' provision--resource' : ''}${highlight === p.n ? ' provision--highlighted' : ''}`}
                    aria-current={highlight === p.n ? 'true' : undefined}
                  >
                    <a className="provision__anchor" href={`#provision-${p.n}`} aria-label={`Link to provision ${p.n}`}>
                      {p.n}
                    </a>
                    <div>
                      <p>
                        {p.text}
                        <Cite ids={p.sources} /> <VerificationTag level={p.verification} />
                      </p>
                      {p.quote && <blockquote className="provision__quote">&ldquo;{p.quote}&rdquo;</blockquote>}
                      <TermChips terms={p.terms} />
                    </div>
                  </li>
                )
              })}
            </ol>
          </section>
        )}

        <section aria-labelledby="status-h">
          <h2 id="status-h">What became of it</h2>
          <ol className="status-history">
            {deal.statusHistory.map((s, i) => (
              <li key={i} className="status-step">
                <time dateTime={s.date}>{formatDate(s.date, 'day', true)}</time>
                <span className="status-step__label">
                  <AgreementStatusBadge status={s.status} /> {s.label}
                  <Cite ids={s.sources} /> <VerificationTag level={s.verification} />
                </span>
                {s.note && <span className="status-step__note">{s.note}</span>}
              </li>
            ))}
          </ol>
        </section>

        {related.length > 0 && (
          <section aria-labelledby="rel-h">
            <h2 id="rel-h">Related deals</h2>
            <ul className="related">
              {related.map((r, i) => {
                const a = INDEX.agreements.get(r.id)
                return (
                  <li key={i}>
                    <span className="muted">{r.label}: </span>
                    <Link to={`/deals/${r.id}`}>{a?.commonName ?? a?.title ?? r.id}</Link>
                    {a && <span className="muted"> ({formatDate(a.date, a.datePrecision, true)})</span>}
                  </li>
                )
              })}
            </ul>
          </section>
        )}

        <EvidenceSections
          assessments={assessments}
          discrepancies={discrepancies}
          sources={sources}
          dataPath={`/api/deals/${deal.id}.json`}
          citePath={path}
          citeTitle={name}
          citeLabel="Cite this deal"
        />
      </article>
    </SourceNumbering>
  )
}
