import { Link, useLocation } from 'react-router'
import { useRootData } from '../../lib/hooks/atlasContext'
import { PageMeta } from '../../components/PageMeta'
import { countWord } from '../../lib/format'
import type { Suggestion } from './suggest'
import './NotFoundPage.css'

/** The helpful 404: what was asked for, the closest matches, and the ways back in. */
export function NotFoundPage({
  what = 'page',
  suggestions = [],
}: {
  what?: string
  suggestions?: readonly Suggestion[]
}) {
  const { pathname } = useLocation()
  const { counts } = useRootData()
  return (
    <div className="page page--narrow not-found" data-testid="not-found">
      <PageMeta title="Not found" description="This page of the Mineral Peace Atlas does not exist." />
      <p className="eyebrow">404</p>
      <h1>We couldn&rsquo;t find that {what}</h1>
      <p>
        Nothing in the atlas lives at <code>{safePath(pathname)}</code>. The link may be mistyped, or the record may
        have been renamed.
      </p>
      {suggestions.length > 0 && (
        <>
          <h2>Did you mean</h2>
          <ul className="suggestions">
            {suggestions.map((s) => (
              <li key={s.to}>
                <Link to={s.to}>{s.label}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Or start from</h2>
      <ul className="suggestions">
        <li>
          <Link to="/">The world map</Link>
        </li>
        <li>
          <Link to="/conflicts">All {countWord(counts.conflicts)} conflicts</Link>
        </li>
        <li>
          <Link to="/timeline">The timeline of deals</Link>
        </li>
        <li>
          <Link to="/minerals">The minerals</Link>
        </li>
      </ul>
    </div>
  )
}

/** Shows at most 120 characters of the requested path, as text. */
function safePath(p: string): string {
  let s = p
  try {
    s = decodeURIComponent(p)
  } catch {
    // Malformed percent-encoding: show it as it came.
  }
  return s.length > 120 ? `${s.slice(0, 117)}…` : s
}

/** The page of the route that matches no other (`*`). */
export function Page() {
  return <NotFoundPage />
}
