import type { Term } from '../data/schema'
import { RESOURCE_TERMS, TERM_LABEL } from '../lib/labels'
import './TermChips.css'

/** The flagged terms of a provision or deal; those that trade minerals, money or access stand out. */
export function TermChips({ terms }: { terms: readonly Term[] }) {
  if (terms.length === 0) return null
  return (
    <p className="terms">
      {terms.map((t) => (
        <span key={t} className={`term term--${t}${RESOURCE_TERMS.has(t) ? ' term--resource' : ''}`}>
          {TERM_LABEL[t]}
        </span>
      ))}
    </p>
  )
}
