import { NavLink, Outlet, useLocation } from 'react-router'
import { useEffect, useRef } from 'react'
import { useRootData } from '../lib/hooks/atlasContext'
import { formatDate } from '../lib/format'
import { SearchBox } from '../search/SearchBox'
import { SiteNav, type NavItem } from './SiteNav'
import { openDetailsForPrint } from './printDetails'
import { EmbedShell } from './frame/EmbedShell'
import { isEmbedPath } from '../lib/embedPaths'
import { useRevealView } from '../lib/hooks/useRevealView'

/** The site's sections, in order: one entry a section. */
const NAV: readonly NavItem[] = [
  { to: '/', label: 'Map', end: true },
  { to: '/conflicts', label: 'Conflicts', end: false },
  { to: '/scorecard', label: 'Scorecard', end: false },
  { to: '/timeline', label: 'Timeline', end: false },
  { to: '/minerals', label: 'Minerals', end: false },
  { to: '/data', label: 'Data', end: false },
  { to: '/about', label: 'About', end: false },
]

/** Header, skip link and footer around every page. */
/** The element id a hash names (`#provision-2` → `provision-2`), malformed escapes kept as they are. */
function hashTarget(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1))
  } catch {
    return hash.slice(1)
  }
}

export function Layout() {
  const { pathname, hash } = useLocation()
  const { meta, latestEvent } = useRootData()
  // Marks when the app has hydrated or rendered: `npm run bench` reads it as "interactive".
  // (and tests wait for `html[data-ready]` before they click).
  useEffect(() => {
    performance.mark('atlas-interactive')
    document.documentElement.dataset.ready = 'true'
  }, [])
  useEffect(() => openDetailsForPrint(), [])
  useRevealView()
  // New page: start at the top unless the URL points into it. On the first load the browser
  // itself scrolls to the hash's element; after a client navigation, the atlas does.
  const first = useRef(true)
  useEffect(() => {
    if (!hash) window.scrollTo(0, 0)
    else if (!first.current) document.getElementById(hashTarget(hash))?.scrollIntoView()
    first.current = false
  }, [pathname, hash])
  if (isEmbedPath(pathname))
    return (
      <EmbedShell>
        <Outlet />
      </EmbedShell>
    )
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="brand" aria-label="Mineral Peace Atlas, home">
            <svg className="brand__mark" viewBox="0 0 24 24" aria-hidden="true" width="24" height="24">
              <path d="M12 2 21 7v10l-9 5-9-5V7z" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="M12 7 16.5 9.5v5L12 17l-4.5-2.5v-5z" fill="currentColor" />
            </svg>
            <span>Mineral Peace Atlas</span>
          </NavLink>
          <SiteNav items={NAV} />
          <SearchBox />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Mineral Peace Atlas · latest sourced event {formatDate(latestEvent)} · sources checked through{' '}
          {formatDate(meta.sourcesCheckedThrough)} · data released {formatDate(meta.released)} (version {meta.version})
          · <NavLink to="/data">download and cite the data</NavLink> · <NavLink to="/about">about and methods</NavLink>{' '}
          · <NavLink to="/whats-new">what&rsquo;s new</NavLink>
        </p>
        <p className="muted">
          Borders follow Natural Earth&rsquo;s de facto lines and imply no endorsement. Mineral figures: USGS Mineral
          Commodity Summaries 2026 (public domain).
        </p>
      </footer>
    </>
  )
}
