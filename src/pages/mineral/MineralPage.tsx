import { Link, useParams } from 'react-router'
import { CiteBlock } from '../../components/CiteBlock'
import { DataLink } from '../../components/DataLink'
import { PageMeta } from '../../components/PageMeta'
import { SourceList, SourceNumbering } from '../../components/Sources'
import { useAtlas, useNotFoundCatalogue, useRouteExtra } from '../../lib/hooks/atlasContext'
import type { WorldCountry } from '../../map/worldPaths'
import { UsgsCitation } from '../../components/UsgsCitation'
import { RecordNotFound } from '../not-found/RecordNotFound'
import { formatNumber, formatShare } from '../../lib/format'
import { useUrlState } from '../../lib/hooks/useUrlState'
import { countryName } from '../../data/countryName'
import { parseMineralParams, toMineralParams, type MineralView } from './mineralParams'
import { mineralModel } from './mineralModel'
import { MineralClaims } from './MineralClaims'
import { MineralDeals } from './MineralDeals'
import { MineralMapFrame } from './MineralMapFrame'
import { MineralUsFrames } from './MineralUsFrames'
import '../../components/Badges.css'
import '../../components/ChinaShareItem.css'
import '../../components/ShareBars.css'
import '../../components/Sources.css'
import '../../components/controls.css'
import '../../components/deal-timeline.css'
import '../../map/WorldMap.css'
import './MineralPage.css'

const CELL_NOTE: Record<string, string> = {
  'not-available': 'NA',
  withheld: 'W (withheld)',
  'included-in-world': 'in world total',
  zero: '0',
}

/** One mineral: who holds it, who mines it, how concentrated that is, and which deals touch it. */
export function Page() {
  const { mineralId = '' } = useParams()
  const ix = useAtlas()
  const catalogue = useNotFoundCatalogue()
  const extra = useRouteExtra<{ countries: WorldCountry[] }>()
  const [view, setView] = useUrlState<MineralView>(parseMineralParams, toMineralParams)
  const m = mineralModel(ix, mineralId, view.measure)
  if (catalogue || !m) return <RecordNotFound kind="mineral" param="mineralId" catalogue={catalogue ?? []} />
  const { resource, table, looks, partyIsos, shares, max, conc, deals, conflicts, claims, sources, world, unit } = m
  const { hasReserves, leader } = m

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
                <span className="stat__label">
                  Largest {view.measure === 'reserves' ? 'reserve holder' : 'producer'}
                </span>
                <span className="stat__value">
                  {countryName(leader.iso3)} {formatShare(leader.share)}
                </span>
                <span className="stat__unit">
                  of world {view.measure === 'reserves' ? 'reserves' : `production, ${table.years.latest}`}
                </span>
              </div>
            )}
            <div className="stat">
              <span className="stat__label">Top three {view.measure === 'reserves' ? 'holders' : 'producers'}</span>
              <span className="stat__value">{formatShare(conc.top3)}</span>
              <span className="stat__unit">
                of world {view.measure} · HHI {conc.hhi !== null ? formatNumber(conc.hhi, 0) : '—'}
              </span>
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
          <MineralMapFrame model={m} measure={view.measure} countries={extra.countries} looks={looks} />
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
            Source: <UsgsCitation table={table} />. Unit: {unit}. Shares are of the USGS world total and computed by the
            atlas. NA: not available; W: withheld.
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

        <MineralClaims resource={resource} claims={claims} />

        <section aria-labelledby="us-h">
          <h2 id="us-h">The United States&rsquo; position</h2>
          <MineralUsFrames resource={resource} table={table} />
          {table.usesText && (
            <details>
              <summary>USGS on US use</summary>
              <p>{table.usesText}</p>
            </details>
          )}
        </section>

        <MineralDeals deals={deals} conflicts={conflicts} />

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
