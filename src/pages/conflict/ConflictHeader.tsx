import { ConflictStatusBadge, VerificationTag } from '../../components/Badges'
import { Cite } from '../../components/Sources'
import type { ConflictModel } from './conflictModel'
import '../../components/fact-list.css'

/** The conflict's heading: region, name, current status, parties by role and the White House claim. */
export function ConflictHeader({ model }: { model: ConflictModel }) {
  const { conflict, status } = model
  return (
    <header className="page-header">
      <p className="eyebrow">{conflict.region}</p>
      <h1>{conflict.name}</h1>
      <div className="page-header__status" data-testid="conflict-status">
        <ConflictStatusBadge status={status.status} asOf={status.date} />
        <span className="muted">
          {status.label}
          <Cite ids={status.sources} /> <VerificationTag level={status.verification} />
        </span>
      </div>
      <dl className="parties fact-list">
        {model.parties.map((g) => (
          <div key={g.role} className="parties__group">
            <dt>{g.heading}</dt>
            <dd>
              <ul className="party-list" data-testid={`parties-${g.role}`}>
                {g.members.map(({ party, actor, name, kindLabel }) => (
                  <li key={party.actor}>
                    <span className={`party party--${actor?.kind ?? 'state'}`}>{name}</span>
                    {kindLabel && <span className="tag">{kindLabel}</span>}
                    {party.note && <span className="muted"> — {party.note}</span>}
                    {party.sources && <Cite ids={party.sources} />}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      <aside className={`claim-box claim-box--${conflict.whiteHouseClaim.counted ? 'counted' : 'not-counted'}`}>
        <p className="claim-box__title">
          {conflict.whiteHouseClaim.counted
            ? 'The White House counts this among the wars it says it ended'
            : 'Not among the wars the White House says it ended'}
        </p>
        <p>
          {conflict.whiteHouseClaim.note}
          <Cite ids={conflict.whiteHouseClaim.sources} />
        </p>
      </aside>
    </header>
  )
}
