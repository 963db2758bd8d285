import type { ReactNode } from 'react'

/** A link off the site: new tab, no referrer, no opener. Only http(s) URLs are linked. */
export function ExternalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  if (!/^https?:\/\//.test(href)) return <span className={className}>{children}</span>
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  )
}
