import { useEffect, useRef } from 'react'
import { NavLink, useLocation } from 'react-router'
import './SiteNav.css'

export interface NavItem {
  to: string
  label: string
  end: boolean
}

function Links({ items }: { items: readonly NavItem[] }) {
  return items.map((n) => (
    <NavLink key={n.to} to={n.to} end={n.end}>
      {n.label}
    </NavLink>
  ))
}

/**
 * The site's sections: a row of links on a wide screen; on a phone, a Menu button that
 * opens the whole list (a disclosure, so it works before the scripts load). The menu
 * closes on a new page and with Escape.
 */
export function SiteNav({ items }: { items: readonly NavItem[] }) {
  const { pathname } = useLocation()
  const menu = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    if (menu.current) menu.current.open = false
  }, [pathname])
  return (
    <>
      <nav aria-label="Main" className="site-nav site-nav--row">
        <Links items={items} />
      </nav>
      <details
        ref={menu}
        className="site-menu lazy-panel"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && menu.current?.open) {
            menu.current.open = false
            menu.current.querySelector('summary')?.focus()
          }
        }}
      >
        <summary className="site-menu__button">
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <path d="M2 4h14M2 9h14M2 14h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          Menu
        </summary>
        <nav aria-label="Main" className="site-nav site-nav--menu">
          <Links items={items} />
        </nav>
      </details>
    </>
  )
}
