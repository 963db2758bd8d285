import { Link, useLocation } from 'react-router'
import { useAtlas } from '../../lib/hooks/atlasContext'
import { AddToCompare } from '../../components/AddToCompare'
import { AgreementStatusBadge, VerificationTag } from '../../components/Badges'
import { EvidenceSections } from '../../components/EvidenceSections'
import { PageMeta } from '../../components/PageMeta'
import { RecordChanges } from '../../components/RecordChanges'
import { ShareButtons } from '../../components/ShareButtons'
import { StatusStep } from '../../components/StatusStep'
import { Cite, SourceNumbering } from '../../components/Sources'
import { AGREEMENT_TYPE_LABEL } from '../../lib/labels'
import { useHydrated } from '../../lib/hooks/useHydrated'
import { RecordNotFound } from '../not-found/RecordNotFound'
import { DealFacts } from './DealFacts'
import { provisionFromHash } from './dealModel'
import { DealStatusLine } from './DealStatusLine'
import { useDealPage } from './useDealPage'
import { Provisions } from './Provisions'
import '../../components/status-history.css'
import './DealPage.css'

/** One deal: its text in brief, what each side gets, what became of it, and how to share it. */
export function Page() {
  const { hash } = useLocation()
  const hydrated = useHydrated()
  const ix = useAtlas()
  const page = useDealPage()
  if (!page.found) return <RecordNotFound kind="deal" param="dealId" catalogue={page.catalogue} />
  const { model: m } = page
  const { deal, conflict, status, name, path } = m
  const wanted = provisionFromHash(hash)
  const shared = hydrated && deal.provisions.some((p) => p.n === wanted) ? wanted : null

  return (
    <SourceNumbering sources={m.sources}>
      <article className="page deal-page" data-deal-id={deal.id}>
        <PageMeta title={name} description={m.description} />
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <Link to="/conflicts">Conflicts</Link> <span aria-hidden="true">›</span>{' '}
          {conflict && <Link to={`/conflicts/${conflict.id}`}>{conflict.shortName}</Link>}{' '}
          <span aria-hidden="true">›</span> Deal
        </nav>
        <header className="page-header">
          <p className="eyebrow">
            {AGREEMENT_TYPE_LABEL[deal.type]}
            {deal.kind === 'event' && ' · key event'}
            {deal.track === 'minerals-diplomacy' && ' · minerals diplomacy beyond the conflicts'}
          </p>
          <h1>{name}</h1>
          {deal.commonName && deal.commonName !== deal.title && <p className="subtitle">{deal.title}</p>}
          <DealStatusLine status={status} />
          <DealFacts model={m} />
          {deal.kind === 'agreement' && <AddToCompare id={deal.id} />}
          <ShareButtons path={path} provision={shared} title={name} />
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
                  <h3>{m.actorName(t.party)} gets</h3>
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

        {deal.provisions.length > 0 && <Provisions items={m.provisions} rollUp={m.rollUp} path={path} />}

        <section aria-labelledby="status-h">
          <h2 id="status-h">What became of it</h2>
          <ol className="status-history">
            {deal.statusHistory.map((s, i) => (
              <StatusStep key={i} step={s}>
                <AgreementStatusBadge status={s.status} /> {s.label}
              </StatusStep>
            ))}
          </ol>
          <RecordChanges statuses={deal.statusHistory} corrections={ix.data.changelog} />
        </section>

        {m.related.length > 0 && (
          <section aria-labelledby="rel-h">
            <h2 id="rel-h">Related deals</h2>
            <ul className="related">
              {m.related.map((r, i) => (
                <li key={i}>
                  <span className="muted">{r.label}: </span>
                  <Link to={`/deals/${r.id}`}>{r.title}</Link>
                  {r.date && <span className="muted"> ({r.date})</span>}
                </li>
              ))}
            </ul>
          </section>
        )}

        <EvidenceSections
          assessments={m.assessments}
          discrepancies={m.discrepancies}
          sources={m.sources}
          dataPath={`/api/deals/${deal.id}.json`}
          citePath={path}
          citeTitle={name}
          citeLabel="Cite this deal"
        />
      </article>
    </SourceNumbering>
  )
}
