import { createContext, useContext, type ReactNode } from 'react'
import type { Source } from '../data/schema'
import { formatDate } from '../lib/format'
import { RELIABILITY_HINT, RELIABILITY_LABEL } from '../lib/labels'
import { ExternalLink } from './ExternalLink'
import './Sources.css'

/** Numbering of the sources a page cites: source id → 1-based number. */
const NumberingContext = createContext<Map<string, number>>(new Map())

export function SourceNumbering({ sources, children }: { sources: readonly Source[]; children: ReactNode }) {
  return (
    <NumberingContext.Provider value={new Map(sources.map((s, i) => [s.id, i + 1]))}>
      {children}
    </NumberingContext.Provider>
  )
}

/** Superscript pointers `[1, 3]` to the page's numbered source list. */
export function Cite({ ids }: { ids: readonly string[] }) {
  const numbers = useContext(NumberingContext)
  const ns = ids.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined)
  if (ns.length === 0) return null
  return (
    <sup className="cite">
      [
      {ns.map((n, i) => (
        <span key={n}>
          {i > 0 && ', '}
          <a href={`#source-${n}`} aria-label={`Source ${n}`}>
            {n}
          </a>
        </span>
      ))}
      ]
    </sup>
  )
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ol className="source-list">
      {sources.map((s, i) => (
        <li key={s.id} id={`source-${i + 1}`}>
          <span className="source-list__publisher">{s.publisher}</span>
          {s.authors && s.authors.length > 0 && <span> ({s.authors.join(', ')})</span>}
          {', '}
          <ExternalLink href={s.url}>&ldquo;{s.title}&rdquo;</ExternalLink>
          {s.date && <span>, {formatDate(s.date)}</span>}
          {s.note && <span className="muted"> — {s.note}</span>}{' '}
          <span className={`tag tag--source tag--${s.reliability}`} title={RELIABILITY_HINT[s.reliability]}>
            {RELIABILITY_LABEL[s.reliability]}
          </span>
        </li>
      ))}
    </ol>
  )
}
