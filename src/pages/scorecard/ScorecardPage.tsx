import { useMemo } from 'react'
import { CiteBlock } from '../../components/CiteBlock'
import { Link } from 'react-router'
import { PageMeta } from '../../components/PageMeta'
import { SourceList, SourceNumbering } from '../../components/Sources'
import { CONFLICT_STATUS_ORDER } from '../../data/selectors'
import { capitalize, countWord, formatDate } from '../../lib/format'
import { useAtlas, useRootData, useRouteExtra } from '../../lib/hooks/atlasContext'
import { useUrlState } from '../../lib/hooks/useUrlState'
import { assetUrl } from '../../lib/site'
import { SCORECARD_CSV_FILE } from './csvFile'
import { downloadScorecardCsv } from './downloadCsv'
import type { ScorecardExtra } from './route'
import { parseScorecardParams, toScorecardParams, viewRows } from './scorecardParams'
import { ScorecardDealsTable } from './ScorecardDealsTable'
import { ScorecardFilters } from './ScorecardFilters'
import { ScorecardTable } from './ScorecardTable'
import '../../components/Badges.css'
import '../../components/controls.css'
import './ScorecardPage.css'

/** Did the wars end? Every conflict's White House claim beside the sourced record, at a glance. */
export function Page() {
  const ix = useAtlas()
  const { meta } = useRootData()
  const { rows, deals } = useRouteExtra<ScorecardExtra>()
  const [view, setView] = useUrlState(parseScorecardParams, toScorecardParams)
  const shown = useMemo(() => viewRows(rows, view), [rows, view])
  const statuses = CONFLICT_STATUS_ORDER.filter((s) => rows.some((r) => r.now.status === s))
  // The route sends exactly the sources the rows cite, in first-cited order.
  const sources = ix.data.sources
  const counted = rows.filter((r) => r.claim.counted).length
  return (
    <SourceNumbering sources={sources}>
      <div className="page page--wide scorecard-page">
        <PageMeta
          title="Scorecard: did the wars end?"
          description={`The wars the White House says it ended, set against the sourced record: status then and now, deals, minerals terms, fighting since and expert views, for ${countWord(rows.length)} conflicts.`}
        />
        <header className="page-header">
          <h1>Scorecard: did the wars end?</h1>
          <p className="lede">
            The White House counts {countWord(counted)} of these {countWord(rows.length)} conflicts among the wars it
            says it ended. Each row sets that claim beside the sourced record: the status on the day of the claim and
            the latest, the deals signed, what the United States gets, fighting since and what experts say. Sources
            checked through {formatDate(meta.sourcesCheckedThrough)}.
          </p>
          <p className="muted scorecard-page__method">
            The verdicts are derived from the data in fixed wording, not written case by case: they restate the claim,
            the latest sourced status and the fighting or broken deals recorded after the claim. Each cell links to its
            evidence. <Link to="/about">How the atlas is built</Link>.
          </p>
        </header>
        <section aria-labelledby="conflicts-h">
          <h2 id="conflicts-h">The conflicts</h2>
          <ScorecardFilters view={view} setView={setView} statuses={statuses} />
          <p className="scorecard-page__count" aria-live="polite" data-testid="scorecard-count">
            {shown.length === rows.length
              ? `All ${countWord(rows.length)} conflicts`
              : `${capitalize(countWord(shown.length))} of ${countWord(rows.length)} conflicts`}
            {' · '}
            <a
              href={assetUrl(SCORECARD_CSV_FILE)}
              download="scorecard.csv"
              data-testid="scorecard-csv"
              onClick={(e) => {
                e.preventDefault()
                void downloadScorecardCsv(shown, 'scorecard.csv')
              }}
            >
              Download these rows (CSV)
            </a>
          </p>
          {shown.length > 0 ? (
            <ScorecardTable rows={shown} view={view} />
          ) : (
            <p className="empty">No conflict matches these filters.</p>
          )}
        </section>
        {deals.length > 0 && (
          <section aria-labelledby="deals-h">
            <h2 id="deals-h">Minerals deals beyond the conflicts</h2>
            <p className="muted">
              The {countWord(deals.length)} deals of the wider US minerals diplomacy, oldest first: with whom, what the
              United States gets in the atlas&rsquo;s words, and where each stands.
            </p>
            <ScorecardDealsTable deals={deals} />
          </section>
        )}
        <section aria-labelledby="sources-h">
          <h2 id="sources-h">Sources</h2>
          <SourceList sources={sources} />
        </section>
        <CiteBlock path="/scorecard" title="Scorecard: did the wars end?" />
      </div>
    </SourceNumbering>
  )
}
