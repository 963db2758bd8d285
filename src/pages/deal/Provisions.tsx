import { useEffect, useState } from 'react'
import { Link, useLocation } from 'react-router'
import { VerificationTag } from '../../components/Badges'
import { Cite } from '../../components/Sources'
import { TermChips } from '../../components/TermChips'
import { ImplementationChart } from '../../components/ImplementationChart'
import type { ProvisionWithHistory, RollUp } from '../../data/implementation'
import { useHydrated } from '../../lib/hooks/useHydrated'
import { canonicalUrl } from '../../lib/site'
import { RESOURCE_TERMS } from '../../lib/labels'
import { provisionFromHash } from './dealModel'
import { ProvisionHistory } from './ProvisionHistory'

/**
 * The numbered provisions. A `#provision-N` link lands on its provision through the
 * browser's own scroll to the id (clear of the sticky header by `scroll-margin-top`),
 * highlighted by `:target`: nothing moves the page after load. An anchor that names no
 * provision gets a polite notice.
 */
export function Provisions({
  items,
  rollUp,
  path,
}: {
  items: readonly ProvisionWithHistory[]
  rollUp: RollUp
  path: string
}) {
  const provisions = items.map((i) => i.provision)
  const { hash } = useLocation()
  const hydrated = useHydrated()
  const wanted = provisionFromHash(hash)
  const asked = hydrated && hash.startsWith('#provision')
  const unknown = asked && (wanted === null || !provisions.some((p) => p.n === wanted))
  return (
    <section aria-labelledby="prov-h">
      <h2 id="prov-h">Provisions</h2>
      <p className="muted">
        Summarised in our words; terms that trade minerals, energy, money or access are marked. Copy a provision&rsquo;s
        link with its number. Under each, what became of it, as far as the sources say.
      </p>
      <h3 id="impl-h">What became of the provisions</h3>
      <ImplementationChart rollUp={rollUp} />
      <p className="muted">
        <Link to="/provisions">Browse every provision across the deals</Link>, by term, conflict and status.
      </p>
      {unknown && (
        <p className="notice" role="status" data-testid="unknown-provision">
          This deal has no provision {wanted ?? hash.slice(1)}; it has {provisions.length}, listed below.
        </p>
      )}
      <ol className="provisions" data-testid="provisions">
        {items.map(({ provision: p, history }) => {
          const resource = p.terms.some((t) => RESOURCE_TERMS.has(t))
          return (
            <li
              key={p.n}
              id={`provision-${p.n}`}
              tabIndex={-1}
              className={`provision${resource ? ' provision--resource' : ''}`}
              aria-current={hydrated && wanted === p.n ? 'true' : undefined}
            >
              <a className="provision__anchor" href={`#provision-${p.n}`} aria-label={`Provision ${p.n}: link to it`}>
                {p.n}
              </a>
              <div>
                <p>
                  {p.text}
                  <Cite ids={p.sources} /> <VerificationTag level={p.verification} />
                </p>
                {p.quote && <blockquote className="provision__quote">&ldquo;{p.quote}&rdquo;</blockquote>}
                <TermChips terms={p.terms} />
                <ProvisionHistory n={p.n} history={history} />
                <CopyProvisionLink n={p.n} path={path} />
              </div>
            </li>
          )
        })}
      </ol>
    </section>
  )
}

/** With scripts, a button that copies the provision's link (without, its number is the link). */
function CopyProvisionLink({ n, path }: { n: number; path: string }) {
  const hydrated = useHydrated()
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!copied) return
    const t = setTimeout(() => setCopied(false), 2000)
    return () => clearTimeout(t)
  }, [copied])
  if (!hydrated) return null
  return (
    <button
      type="button"
      className="link-button provision__copy"
      onClick={() => {
        void navigator.clipboard?.writeText(`${canonicalUrl(path)}#provision-${n}`).then(() => setCopied(true))
      }}
    >
      {copied ? `Link to provision ${n} copied` : `Copy link to provision ${n}`}
    </button>
  )
}
