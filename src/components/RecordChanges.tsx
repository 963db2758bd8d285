import { Link } from 'react-router'
import type { ChangelogEntry } from '../data/schema'
import { recordChanges } from '../data/recordChanges'
import { formatDate } from '../lib/format'
import './RecordChanges.css'

/**
 * "What changed" on a conflict or deal page: the date of its latest change on record,
 * its newest status entries and any correction that names it, with a link to the full list.
 */
export function RecordChanges({
  statuses,
  corrections,
}: {
  statuses: ReadonlyArray<{ date: string; label: string }>
  corrections: readonly ChangelogEntry[]
}) {
  const { lastChanged, changes } = recordChanges(statuses, corrections)
  if (!lastChanged) return null
  return (
    <aside className="record-changes" aria-labelledby="record-changes-h" data-testid="record-changes">
      <h3 id="record-changes-h" className="record-changes__title">
        What changed · last change on record <time dateTime={lastChanged}>{formatDate(lastChanged)}</time>
      </h3>
      <ul>
        {changes.map((c, i) => (
          <li key={i} className={`record-changes__item record-changes__item--${c.kind}`}>
            <time dateTime={c.date}>{formatDate(c.date, 'day', true)}</time>{' '}
            {c.kind === 'correction' ? (
              <>
                <Link to={`/whats-new#${c.anchor}`} className="record-changes__tag">
                  Correction, version {c.version}
                </Link>{' '}
                {c.text}
              </>
            ) : (
              c.text
            )}
          </li>
        ))}
      </ul>
      <p className="record-changes__more">
        <Link to="/whats-new">Everything that changed in the atlas</Link>
      </p>
    </aside>
  )
}
