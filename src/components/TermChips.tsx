import { Link } from 'react-router'
import type { Term } from '../data/schema'
import { RESOURCE_TERMS, TERM_LABEL } from '../lib/labels'
import { provisionsByTerm } from '../lib/provisionsLink'
import './TermChips.css'

/**
 * The flagged terms of a provision or deal; those that trade minerals, money or access
 * stand out. Each leads to every provision across the deals that carries it.
 */
export function TermChips({ terms }: { terms: readonly Term[] }) {
  if (terms.length === 0) return null
  return (
    <p className="terms">
      {terms.map((t) => (
        <Link
          key={t}
          to={provisionsByTerm(t)}
          className={`term term--${t}${RESOURCE_TERMS.has(t) ? ' term--resource' : ''}`}
          title={`Every provision with the term “${TERM_LABEL[t]}”`}
        >
          {TERM_LABEL[t]}
        </Link>
      ))}
    </p>
  )
}
