import type { ReactNode } from 'react'
import type { Verification } from '../data/schema'
import { formatDate } from '../lib/format'
import { VerificationTag } from './Badges'
import { Cite } from './Sources'
import './status-history.css'

/** One dated step of a status history: date, label (with what leads it), sources, level and note. */
export function StatusStep({
  step,
  className = 'status-step',
  children,
}: {
  step: { date: string; note?: string; sources: readonly string[]; verification: Verification }
  className?: string
  /** The label, and what leads it (a badge, a link). */
  children: ReactNode
}) {
  return (
    <li className={className}>
      <time dateTime={step.date}>{formatDate(step.date, 'day', true)}</time>
      <span className="status-step__label">
        {children}
        <Cite ids={step.sources} /> <VerificationTag level={step.verification} />
      </span>
      {step.note && <span className="status-step__note">{step.note}</span>}
    </li>
  )
}
