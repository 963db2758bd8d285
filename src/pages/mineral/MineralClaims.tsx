import { Link } from 'react-router'
import { VerificationTag } from '../../components/Badges'
import { ChinaShareItem } from '../../components/ChinaShareItem'
import { Cite } from '../../components/Sources'
import type { Figure, Resource, Stake } from '../../data/schema'
import { useAtlas } from '../../lib/hooks/atlasContext'
import { formatNumber } from '../../lib/format'

/** China's recorded shares of a mineral, and the figures parties claim that USGS does not confirm. */
export function MineralClaims({
  resource,
  claims,
}: {
  resource: Resource
  claims: ReadonlyArray<{ f: Figure; s: Stake }>
}) {
  const ix = useAtlas()
  const conflictName = (id: string) => ix.conflicts.get(id)?.shortName ?? id
  if (resource.chinaShares.length === 0 && claims.length === 0) return null
  return (
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
            <Link to={`/conflicts/${s.conflict}`}>{conflictName(s.conflict)}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
