import { useEffect, useId, useRef } from 'react'
import { Link } from 'react-router'
import { ConflictStatusBadge } from '../components/Badges'
import type { PreviewCard } from './mapPreview'
import './MapPreview.css'

/**
 * The card a click, tap or Enter on the map opens, beside the map (over its corner
 * on wide screens, under it on phones): the status with its date, the White House
 * claim, the latest deal, the minerals and a link to the page. Escape closes it.
 */
export function MapPreview({
  card,
  focusOnOpen,
  onClose,
}: {
  card: PreviewCard
  /** Opened from the keyboard: focus moves to its first link, so Enter opens the page. */
  focusOnOpen: boolean
  onClose: () => void
}) {
  const id = useId()
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    // On a phone the card sits under the map: bring it into view if the page was scrolled past it.
    ref.current?.scrollIntoView?.({ block: 'nearest' })
    if (focusOnOpen) ref.current?.querySelector<HTMLElement>('.map-preview__open')?.focus()
  }, [card, focusOnOpen])
  const many = card.conflicts.length > 1 || card.roleLine !== null
  return (
    <section
      ref={ref}
      className="map-preview"
      role="dialog"
      aria-labelledby={`${id}-title`}
      data-testid="map-preview"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          onClose()
        }
      }}
    >
      <div className="map-preview__head">
        <h3 id={`${id}-title`}>{card.title}</h3>
        <button type="button" className="icon-button" aria-label="Close the preview" onClick={onClose}>
          ×
        </button>
      </div>
      {card.roleLine && <p className="map-preview__role">{card.roleLine}</p>}
      {card.conflicts.map((s) => (
        <div key={s.id} className="map-preview__conflict">
          {many && <h4>{s.name}</h4>}
          <p>
            <ConflictStatusBadge status={s.status} /> <span className="muted">as of {s.asOf}</span>
          </p>
          <p className="map-preview__claim">{s.claim}.</p>
          {s.latestDeal ? (
            <p>
              Latest deal: <Link to={s.latestDeal.href}>{s.latestDeal.name}</Link>{' '}
              <span className="muted">({s.latestDeal.date})</span>
            </p>
          ) : (
            <p className="muted">No agreement signed</p>
          )}
          {s.minerals.length > 0 && <p>At stake: {s.minerals.join(', ')}</p>}
          <p>
            <Link className="map-preview__open" to={s.href}>
              Open the page on {many ? s.name : 'this conflict'} <span aria-hidden="true">→</span>
            </Link>
          </p>
        </div>
      ))}
      {card.mediations.length > 0 && (
        <p className="map-preview__mediations">
          Mediator in:{' '}
          {card.mediations.map((m, i) => (
            <span key={m.id}>
              {i > 0 && ', '}
              <Link className={card.conflicts.length === 0 && i === 0 ? 'map-preview__open' : undefined} to={m.href}>
                {m.name}
              </Link>
            </span>
          ))}
        </p>
      )}
    </section>
  )
}
