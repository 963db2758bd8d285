import { formatDate } from '../lib/format'
import './Freshness.css'

/** How fresh a page's facts are: its newest sourced event and how far the sources were checked. */
export function Freshness({
  latestEvent,
  checkedThrough,
  note,
}: {
  latestEvent: string | null
  checkedThrough: string
  note: string | null
}) {
  return (
    <p className="freshness" data-testid="freshness">
      {latestEvent && (
        <>
          Latest sourced event <time dateTime={latestEvent}>{formatDate(latestEvent)}</time> ·{' '}
        </>
      )}
      sources checked through <time dateTime={checkedThrough}>{formatDate(checkedThrough)}</time>
      {note && <span className="freshness__note"> — {note}</span>}
    </p>
  )
}
