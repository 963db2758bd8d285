import { ExternalLink } from '../../components/ExternalLink'
import { STANCE_LABEL } from '../../lib/labels'
import { formatDate } from '../../lib/format'
import { stanceCounts } from './compareModel'
import type { StanceLine } from './stanceLine'
import { Nothing } from './CompareGrid'

/** Who among the quoted experts is skeptical, mixed or supportive, with where each said it. */
export function Stances({ stances }: { stances: readonly StanceLine[] }) {
  if (stances.length === 0) return <Nothing>No expert assessment recorded.</Nothing>
  return (
    <>
      <p>
        <strong>{stanceCounts(stances)}</strong>
      </p>
      <ul className="cmp-list">
        {stances.map((s, i) => (
          <li key={i}>
            <span className={`cmp-stance cmp-stance--${s.stance}`}>{STANCE_LABEL[s.stance]}</span> {s.expert}{' '}
            <span className="muted">
              ({s.affiliation}), <ExternalLink href={s.url}>{s.publication}</ExternalLink>,{' '}
              {formatDate(s.date, 'day', true)}
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}
