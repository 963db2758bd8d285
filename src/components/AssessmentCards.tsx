import type { Assessment } from '../data/schema'
import { formatDate } from '../lib/format'
import { STANCE_LABEL } from '../lib/labels'
import { VerificationTag } from './Badges'
import { ExternalLink } from './ExternalLink'
import { Cite } from './Sources'
import './AssessmentCards.css'

/** Several voices side by side: each quote verbatim, with who, where, when and stance. */
export function AssessmentCards({ assessments }: { assessments: readonly Assessment[] }) {
  return (
    <ul className="assessments">
      {assessments.map((a) => (
        <li key={a.id} className={`assessment assessment--${a.stance}`} id={`assessment-${a.id}`}>
          <blockquote lang={a.translation ? 'fr' : undefined}>
            <p>&ldquo;{a.quote}&rdquo;</p>
          </blockquote>
          {a.translation && <p className="assessment__translation">Our translation: &ldquo;{a.translation}&rdquo;</p>}
          <p className="assessment__who">
            <strong>{a.expert}</strong>, {a.affiliation}
          </p>
          <p className="assessment__where">
            <ExternalLink href={a.url}>{a.publication}</ExternalLink>, {formatDate(a.date)}
            {a.quotedVia && <span className="muted"> · {a.quotedVia}</span>}
            <Cite ids={a.sources} /> <VerificationTag level={a.verification} />
          </p>
          <span className={`stance stance--${a.stance}`}>{STANCE_LABEL[a.stance]}</span>
        </li>
      ))}
    </ul>
  )
}
