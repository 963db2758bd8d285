import { VerificationTag } from '../../components/Badges'
import { ProvisionStateBadge } from '../../components/ProvisionStateBadge'
import { Cite } from '../../components/Sources'
import type { ImplementationEntry } from '../../data/schema'
import { formatDate } from '../../lib/format'

/**
 * What became of one provision: its dated, sourced history, newest last, or a plain
 * "no sourced status" when no source says.
 */
export function ProvisionHistory({ n, history }: { n: number; history: readonly ImplementationEntry[] }) {
  if (history.length === 0) {
    return (
      <p className="impl-none" data-testid={`implementation-${n}`}>
        <ProvisionStateBadge state="none" />{' '}
        <span className="muted">No source we have read reports how this provision has been carried out.</span>
      </p>
    )
  }
  return (
    <div data-testid={`implementation-${n}`}>
      <ol className="impl-history" aria-label={`What became of provision ${n}`}>
        {history.map((e, i) => (
          <li key={i}>
            <time dateTime={e.date}>{formatDate(e.date, 'day', true)}</time>
            <ProvisionStateBadge state={e.status} /> {e.note}
            <Cite ids={e.sources} /> <VerificationTag level={e.verification} />
          </li>
        ))}
      </ol>
    </div>
  )
}
