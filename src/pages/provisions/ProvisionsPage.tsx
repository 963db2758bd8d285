import { useCallback, useMemo, useState } from 'react'
import { CiteBlock } from '../../components/CiteBlock'
import { Link } from 'react-router'
import { VerificationTag } from '../../components/Badges'
import { PageMeta } from '../../components/PageMeta'
import { ProvisionStateBadge } from '../../components/ProvisionStateBadge'
import { TermChips } from '../../components/TermChips'
import { useAtlas } from '../../lib/hooks/atlasContext'
import { useUrlState } from '../../lib/hooks/useUrlState'
import { formatDate } from '../../lib/format'
import { AGREEMENT_TYPE_LABEL } from '../../lib/labels'
import { canonicalUrl } from '../../lib/site'
import { ProvisionsFilters } from './ProvisionsFilters'
import { filterRows, provisionsModel, type ProvisionListRow } from './provisionsModel'
import { parseProvisionsParams, toProvisionsParams } from '../../lib/provisionsParams'
import '../../components/controls.css'
import './ProvisionsPage.css'

/** Every provision of every deal, filterable by term, conflict, type, mineral and implementation status. */
export function Page() {
  const ix = useAtlas()
  const m = useMemo(() => provisionsModel(ix), [ix])
  const parse = useCallback((sp: URLSearchParams) => parseProvisionsParams(sp, m.vocab), [m.vocab])
  const [view, setView] = useUrlState(parse, toProvisionsParams)
  const rows = useMemo(() => filterRows(m.rows, view), [m.rows, view])
  const all = rows.length === m.rows.length
  return (
    <div className="page provisions-page">
      <PageMeta
        title="Provisions across the deals"
        description={`All ${m.rows.length} numbered provisions of ${m.deals} deals, by term, conflict, deal type, mineral and what became of them.`}
      />
      <header className="page-header">
        <h1>Provisions across the deals</h1>
        <p className="lede">
          Every numbered provision of the {m.deals} deals that have them, summarised in our words, with its terms and
          its latest sourced implementation status. Open a provision to read its text, its sources and its history on
          its deal&rsquo;s page.
        </p>
      </header>
      <ProvisionsFilters view={view} choices={m.choices} onChange={setView} />
      <div className="provisions-page__count result-row">
        <p role="status" data-testid="provisions-count">
          {all ? `All ${m.rows.length} provisions` : `${rows.length} of ${m.rows.length} provisions`}
        </p>
        <CsvButton rows={rows} />
      </div>
      {rows.length === 0 ? (
        <p className="empty">No provision matches these filters.</p>
      ) : (
        <ol className="provision-list" data-testid="provision-list">
          {rows.map((r) => (
            <ProvisionItem key={r.href} r={r} />
          ))}
        </ol>
      )}
      <CiteBlock path="/provisions" title="Provisions across the deals" />
    </div>
  )
}

function ProvisionItem({ r }: { r: ProvisionListRow }) {
  const { deal } = r
  return (
    <li className="provision-list__item" data-deal={deal.id} data-n={r.n}>
      <p className="provision-list__deal">
        <Link to={`/deals/${deal.id}`}>{deal.name}</Link>
        <span className="muted">
          {' '}
          · {AGREEMENT_TYPE_LABEL[deal.type]} ·{' '}
          <time dateTime={deal.date}>{formatDate(deal.date, deal.datePrecision, true)}</time>
          {r.conflictName && ` · ${r.conflictName}`}
        </span>
      </p>
      <p className="provision-list__text">
        <Link to={r.href} className="provision-list__n">
          Provision {r.n}
        </Link>{' '}
        {r.text} <VerificationTag level={r.verification} />
      </p>
      <div className="provision-list__meta">
        <ProvisionStateBadge state={r.state} asOf={r.stateDate} />
        <TermChips terms={r.terms} />
      </div>
    </li>
  )
}

/** Downloads the listed provisions as CSV; the writer loads on first use. */
function CsvButton({ rows }: { rows: readonly ProvisionListRow[] }) {
  const [busy, setBusy] = useState(false)
  return (
    <button
      type="button"
      className="button button--ghost button--small"
      disabled={busy || rows.length === 0}
      data-testid="provisions-csv"
      onClick={() => {
        setBusy(true)
        void import('./provisionsCsv')
          .then(({ provisionsCsv }) => {
            const blob = new Blob([provisionsCsv(rows, canonicalUrl)], { type: 'text/csv;charset=utf-8' })
            const a = document.createElement('a')
            a.href = URL.createObjectURL(blob)
            a.download = 'provisions.csv'
            a.click()
            setTimeout(() => URL.revokeObjectURL(a.href), 1000)
          })
          .finally(() => setBusy(false))
      }}
    >
      Download CSV ({rows.length === 1 ? '1 provision' : `${rows.length} provisions`})
    </button>
  )
}
