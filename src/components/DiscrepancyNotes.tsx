import type { Discrepancy } from '../data/schema'
import { Cite } from './Sources'
import './DiscrepancyNotes.css'

/** Where the CFR article and other sources disagree, and what the atlas follows. */
export function DiscrepancyNotes({ discrepancies }: { discrepancies: readonly Discrepancy[] }) {
  return (
    <ul className="discrepancies">
      {discrepancies.map((d) => (
        <li key={d.id} className="discrepancy" id={`discrepancy-${d.id}`}>
          <h3>{d.title}</h3>
          <dl>
            <dt>The article says</dt>
            <dd>{d.articleSays}</dd>
            <dt>Other sources say</dt>
            <dd>
              {d.sourcesSay}
              <Cite ids={d.sources} />
            </dd>
            <dt>The atlas follows</dt>
            <dd>
              {d.atlasFollows} <span className="muted">{d.why}</span>
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  )
}
