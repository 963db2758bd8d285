import { useRef } from 'react'
import { Link, useParams } from 'react-router'
import { AgreementStatusBadge, VerificationTag } from '../components/Badges'
import { ChinaShareItem } from '../components/ChinaShareItem'
import { CiteBlock } from '../components/CiteBlock'
import { DataLink } from '../components/DataLink'
import { PageMeta } from '../components/PageMeta'
import { SmallChart } from '../components/SmallChart'
import { Cite, SourceList, SourceNumbering } from '../components/Sources'
import { INDEX } from '../data/dataset'
import {
  agreementsOfResource,
  collectSources,
  concentration,
  conflictsOfResource,
  countryShares,
  partyIso3s,
} from '../data/selectors'
import { formatDate, formatNumber, formatShare } from '../lib/format'
import { AGREEMENT_TYPE_LABEL } from '../lib/labels'
import { closestMatches } from '../lib/similar'
import { useUrlState } from '../lib/useUrlState'
import { IDENTITY, countryName, type ZoomTransform } from '../map/geo'
import { mineralLayer, shareClass } from '../map/mapModel'
import { MapLegend } from '../map/MapLegend'
import { WorldMap, type CountryLook } from '../map/WorldMap'
import { parseMineralParams, toMineralParams, type MineralView } from './mineralParams'
import { NotFoundPage } from './NotFoundPage'
import '../components/Badges.css'
import '../components/ChinaShareItem.css'
import '../components/ShareBars.css'
import '../components/Sources.css'
import '../components/controls.css'
import '../components/deal-timeline.css'
import '../map/WorldMap.css'
import './MineralPage.css'

const noop = () => undefined
const CELL_NOTE: Record<string, string> = {
  'not-available': 'NA',
  withheld: 'W (withheld)',
  'included-in-world': 'in world total',
  zero: '0',
}

/** One mineral: who holds it, who mines it, how concentrated that is, and which deals touch it. */
export function MineralPage() {
  const { mineralId = '' } = useParams()
  const [view, setView] = useUrlState<MineralView>(parseMineralParams, toMineralParams)
  const resource = INDEX.resources.get(mineralId)
  const table = resource?.usgs ? INDEX.usgs.get(resource.usgs) : undefined
  const zoomRef = useRef<((t: ZoomTransform) => void) | null>(null)
  const partyIsos = new Set(conflictsOfResource(INDEX, mineralId).flatMap((c) => partyIso3s(INDEX, c)))
  const looks = new Map<string, CountryLook>()
  if (table) {
    for (const [iso, s] of mineralLayer(INDEX, mineralId, view.measure)) {
      looks.set(iso, {
        fill: s.share !== null ? `var(--seq-${shareClass(s.share)})` : 'var(--land-nodata)',
        party: false,
        highlighted: partyIsos.has(iso),
        label: countryName(iso),
      })
    }
    for (const iso of partyIsos)
      if (!looks.has(iso))
        looks.set(iso, { fill: 'var(--land-nodata)', party: false, highlighted: true, label: countryName(iso) })
  }

  if (!resource || !table || resource.kind !== 'mineral') {
    const candidates = INDEX.data.resources.filter((r) => r.kind === 'mineral' && r.usgs)
    const suggestions = closestMatches(mineralId, candidates, (r) => [r.id, r.name]).map((r) => ({
      to: `/minerals/${r.id}`,
      label: r.name,
    }))
    return <NotFoundPage what="mineral" suggestions={suggestions} />
  }

  const shares = countryShares(table, view.measure)
  const listed = shares.filter((s) => s.value !== null)
  const max = Math.max(...listed.map((s) => s.share ?? 0), 1)
  const conc = concentration(table, view.measure)
  const deals = agreementsOfResource(INDEX, resource.id)
  const conflicts = conflictsOfResource(INDEX, resource.id)
  const claims = INDEX.data.stakes
    .filter((s) => s.resource === resource.id)
    .flatMap((s) => s.figures.filter((f) => f.basis === 'claim').map((f) => ({ f, s })))
  const sources = collectSources(
    INDEX,
    resource,
    claims.map((c) => c.f),
  )
  const world = view.measure === 'reserves' ? table.world.reserves : table.world.production.latest
  const unit = view.measure === 'reserves' ? table.reservesUnit : table.productionUnit
  const hasReserves = table.world.reserves.value !== null || table.rows.some((r) => r.reserves.value !== null)
  const leader = conc.leader

  return (
    <SourceNumbering sources={sources}>
      <article className="page mineral-page" data-mineral-id={resource.id}>
        <PageMeta
          title={resource.name}
          description={`${resource.name}: world ${view.measure}, the leading countries and their shares (USGS MCS 2026), concentration, China's share and the peace deals that touch it.`}
        />
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <Link to="/minerals">Minerals</Link> <span aria-hidden="true">›</span> {resource.name}
        </nav>
        <header className="page-header">
          <p className="eyebrow">Mineral{resource.symbol ? ` · ${resource.symbol}` : ''}</p>
          <h1>{resource.name}</h1>
          {resource.uses && <p className="lede">{resource.uses}</p>}
          <div className="stat-row">
            <div className="stat">
              <span className="stat__label">World {view.measure}</span>
              <span className="stat__value">
                {world.value !== null
                  ? `${world.status === 'lower-bound' ? '> ' : ''}${formatNumber(world.value, 0)}`
                  : 'not given'}
              </span>
              <span className="stat__unit">{unit}</span>
            </div>
            {leader && (
              <div className="stat" data-testid="leader">
                <span className="stat__label">Largest {view.measure === 'reserves' ? 'reserves' : 'producer'}</span>
                <span className="stat__value">
                  {countryName(leader.iso3)} {formatShare(leader.share)}
                </span>
                <span className="stat__unit">of the world</span>
              </div>
            )}
            <div className="stat">
              <span className="stat__label">Top three</span>
              <span className="stat__value">{formatShare(conc.top3)}</span>
              <span className="stat__unit">HHI {conc.hhi !== null ? formatNumber(conc.hhi, 0) : '—'}</span>
            </div>
          </div>
        </header>

        <section aria-labelledby="where-h">
          <div className="section-head">
            <h2 id="where-h">Who {view.measure === 'reserves' ? 'holds' : 'mines'} it</h2>
            <fieldset className="segmented" aria-label="Measure">
              {(['reserves', 'production'] as const).map((m) => (
                <label key={m}>
                  <input
                    type="radio"
                    name="measure"
                    value={m}
                    checked={view.measure === m}
                    disabled={m === 'reserves' && !hasReserves}
                    onChange={() => setView({ measure: m })}
                  />
                  <span>{m === 'reserves' ? 'Reserves' : `Production ${table.years.latest}`}</span>
                </label>
              ))}
            </fieldset>
          </div>
          <div className="map-wrap map-wrap--static">
            <WorldMap
              looks={looks}
              defaultFill="var(--land)"
              markers={[]}
              sites={[]}
              transform={IDENTITY}
              zoomRef={zoomRef}
              onZoomEnd={noop}
              onCountryOpen={noop}
              onMarkerOpen={noop}
              onHover={noop}
              title={`World map of ${resource.name.toLowerCase()} ${view.measure} by country`}
              description="The ranked list below gives the same figures as text."
            />
          </div>
          <MapLegend mineralName={resource.name} measureLabel={view.measure} statuses={[]} showSites={false} />
          <ol className="ranked" data-testid="ranked">
            {shares.map((s) => (
              <li key={s.iso3} className={partyIsos.has(s.iso3) ? 'is-party' : undefined}>
                <span className="ranked__name">
                  {countryName(s.iso3)}
                  {partyIsos.has(s.iso3) && <span className="tag">conflict party</span>}
                </span>
                <span className="ranked__bar">
                  <span className="bar" style={{ width: `${((s.share ?? 0) / max) * 100}%` }} aria-hidden="true" />
                </span>
                <span className="ranked__value">
                  {s.value !== null ? formatNumber(s.value, 0) : (CELL_NOTE[s.cell.status] ?? '—')}
                  <span className="muted"> {formatShare(s.share)}</span>
                </span>
              </li>
            ))}
          </ol>
          <p className="source-line" data-testid="usgs-citation">
            Source: U.S. Geological Survey,{' '}
            <a href={table.pdfUrl} target="_blank" rel="noopener noreferrer">
              Mineral Commodity Summaries 2026: {table.name}
            </a>{' '}
            (February 2026), table &ldquo;{table.table}&rdquo;. Unit: {unit}. Shares are of the USGS world total and
            computed by the atlas. NA: not available; W: withheld.
          </p>
          {table.caveats.length > 0 && (
            <details className="caveats">
              <summary>Caveats about these figures</summary>
              <ul>
                {table.caveats.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            </details>
          )}
        </section>

        {(resource.chinaShares.length > 0 || claims.length > 0) && (
          <section aria-labelledby="china-h">
            <h2 id="china-h">China&rsquo;s share, and figures others claim</h2>
            <ul className="china-shares">
              {resource.chinaShares.map((c, i) => (
                <ChinaShareItem key={i} share={c} />
              ))}
              {claims.map(({ f, s }, i) => (
                <li key={`c-${i}`} className="figure figure--claim">
                  <span className="tag tag--claim">Claim{f.claimedBy ? ` by ${f.claimedBy}` : ''}</span> {f.label}:{' '}
                  <strong>
                    {formatNumber(f.value)} {f.unit}
                  </strong>
                  {f.note && <span className="muted"> {f.note}</span>} <Cite ids={f.sources} />{' '}
                  <VerificationTag level={f.verification} />{' '}
                  <Link to={`/conflicts/${s.conflict}`}>{INDEX.conflicts.get(s.conflict)?.shortName}</Link>
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="us-h">
          <h2 id="us-h">The United States&rsquo; position</h2>
          <div className="small-charts">
            <SmallChart
              title="US net import reliance"
              unit="% of apparent consumption"
              series={table.netImportReliance}
              percent
            />
            {table.prices.slice(0, 1).map((p) => (
              <SmallChart key={p.form} title={`Price, ${p.form}`} unit={p.unit} series={p.series} />
            ))}
          </div>
          {table.usesText && (
            <details>
              <summary>USGS on US use</summary>
              <p>{table.usesText}</p>
            </details>
          )}
        </section>

        <section aria-labelledby="deals-h">
          <h2 id="deals-h">Deals and conflicts where it is at stake</h2>
          {deals.length === 0 && conflicts.length === 0 && (
            <p className="muted">No deal in the atlas names this mineral.</p>
          )}
          {deals.length > 0 && (
            <ul className="deal-timeline" data-testid="mineral-deals">
              {deals.map((d) => {
                const last = d.statusHistory[d.statusHistory.length - 1]
                return (
                  <li key={d.id} className="deal-item">
                    <time dateTime={d.date}>{formatDate(d.date, d.datePrecision, true)}</time>
                    <div>
                      <Link to={`/deals/${d.id}`} className="deal-item__title">
                        {d.commonName ?? d.title}
                      </Link>
                      <span className="muted"> · {AGREEMENT_TYPE_LABEL[d.type]}</span>{' '}
                      {last && <AgreementStatusBadge status={last.status} />}
                    </div>
                  </li>
                )
              })}
            </ul>
          )}
          {conflicts.length > 0 && (
            <p>
              Conflicts:{' '}
              {conflicts.map((c, i) => (
                <span key={c.id}>
                  {i > 0 && ', '}
                  <Link to={`/conflicts/${c.id}`}>{c.name}</Link>
                </span>
              ))}
            </p>
          )}
        </section>

        {sources.length > 0 && (
          <section aria-labelledby="sources-h">
            <h2 id="sources-h">Other sources</h2>
            <SourceList sources={sources} />
          </section>
        )}
        <DataLink path={`/api/minerals/${resource.id}.json`} />
        <CiteBlock path={`/minerals/${resource.id}`} title={resource.name} />
      </article>
    </SourceNumbering>
  )
}
