import { Link } from 'react-router'
import { useAtlas } from '../lib/hooks/atlasContext'
import type { Conflict, Stake } from '../data/schema'
import { stakeBars } from '../data/selectors'
import { formatNumber, formatShare } from '../lib/format'
import { VerificationTag } from './Badges'
import { ChinaShareItem } from './ChinaShareItem'
import { ShareBars } from './ShareBars'
import { Cite } from './Sources'
import { UsgsCitation } from './UsgsCitation'
import './Badges.css'
import './ChinaShareItem.css'
import './Sources.css'
import './StakeSection.css'

/** "What's at stake": each resource, why it matters, USGS shares as bars, and figures others claim. */
export function StakeSection({ conflict, stakes }: { conflict: Conflict; stakes: readonly Stake[] }) {
  const ix = useAtlas()
  if (stakes.length === 0) return null
  const byResource = new Map<string, Stake[]>()
  for (const s of stakes) byResource.set(s.resource, [...(byResource.get(s.resource) ?? []), s])
  return (
    <section aria-labelledby="stakes-h" data-testid="stakes">
      <h2 id="stakes-h">What&rsquo;s at stake</h2>
      <div className="stakes">
        {[...byResource].map(([resourceId, group]) => {
          const res = ix.resources.get(resourceId)
          const table = res?.usgs ? ix.usgs.get(res.usgs) : undefined
          const reserves = stakeBars(ix, conflict, resourceId, 'reserves')
          const production = stakeBars(ix, conflict, resourceId, 'production')
          const china = res?.chinaShares ?? []
          return (
            <article key={resourceId} className="stake-card">
              <h3>
                {res?.kind === 'mineral' && res.usgs ? (
                  <Link to={`/minerals/${resourceId}`}>{res.name}</Link>
                ) : (
                  (res?.name ?? resourceId)
                )}
                {res?.symbol && <span className="muted"> ({res.symbol})</span>}
              </h3>
              {group.map((s) => (
                <div key={s.id} className="stake">
                  <p>
                    {s.area && <strong>{s.area}: </strong>}
                    {s.why}
                    <Cite ids={s.sources} /> <VerificationTag level={s.verification} />
                  </p>
                  {s.figures.length > 0 && (
                    <ul className="figures">
                      {s.figures.map((f, i) => (
                        <li key={i} className={`figure figure--${f.basis}`}>
                          {f.basis === 'claim' && (
                            <span className="tag tag--claim">Claim{f.claimedBy ? ` by ${f.claimedBy}` : ''}</span>
                          )}
                          <span>
                            {f.label}:{' '}
                            <strong>
                              {formatNumber(f.value)} {f.unit}
                            </strong>
                            {f.year && ` (${f.year})`}
                            {f.share !== undefined && ` — ${formatShare(f.share)} of world`}
                          </span>
                          {f.note && <span className="muted"> {f.note}</span>}
                          <Cite ids={f.sources} /> <VerificationTag level={f.verification} />
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
              {table && reserves.length > 0 && (
                <div className="stake-charts">
                  {table.world.reserves.value !== null && (
                    <ShareBars
                      bars={reserves}
                      unit={table.reservesUnit}
                      caption={`Share of world reserves (${table.reservesUnit})`}
                    />
                  )}
                  <ShareBars
                    bars={production}
                    unit={table.productionUnit}
                    caption={`Share of world production, ${table.years.latest} (${table.productionUnit})`}
                  />
                  <p className="source-line">
                    <UsgsCitation table={table} />.
                  </p>
                </div>
              )}
              {china.length > 0 && (
                <ul className="china-shares">
                  {china.map((c, i) => (
                    <ChinaShareItem key={i} share={c} />
                  ))}
                </ul>
              )}
            </article>
          )
        })}
      </div>
    </section>
  )
}
