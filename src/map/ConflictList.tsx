import { memo, useEffect, useRef, useState } from 'react'
import { Link } from 'react-router'
import { ConflictStatusBadge } from '../components/Badges'
import type { Conflict } from '../data/schema'
import { currentStatus, resourcesOfConflict, signatoryNames, type DatasetIndex } from '../data/selectors'
import { latestDealOn, statusOn } from './mapDate'
import { dealsOf, type DealsByConflict } from './conflictDeals'
import { cardsCut } from './listRecords'
import { formatDate } from '../lib/format'
import './ConflictList.css'

/** The conflicts on the map as a list: the map's text alternative and its other way in. */
export const ConflictList = memo(function ConflictList({
  ix,
  deals,
  conflicts,
  selected,
  onPoint,
  date = null,
  limit,
}: {
  ix: DatasetIndex
  /** Each conflict's deals summed up: its newest sourced event. */
  deals: DealsByConflict
  conflicts: readonly Conflict[]
  selected: string | null
  /** Called with a conflict's id while its card is hovered or focused, and null after. */
  onPoint?: (id: string | null) => void
  /** The day the map shows: each conflict's status and latest deal then; null for now. */
  date?: string | null
  /** How many cards to show before a "Show all" button (all when unset, or when the selected one is further). */
  limit?: number
}) {
  const [expanded, setExpanded] = useState(false)
  // The first card "Show all" adds, which takes the focus once it is drawn.
  const focusAt = useRef<number | null>(null)
  const listRef = useRef<HTMLUListElement>(null)
  useEffect(() => {
    if (focusAt.current === null) return
    listRef.current?.children[focusAt.current]?.querySelector('a')?.focus()
    focusAt.current = null
  }, [expanded])
  if (conflicts.length === 0) {
    return <p className="empty">No conflict matches these filters. Clear a filter to see more.</p>
  }
  const selectedAt = selected === null ? -1 : conflicts.findIndex((c) => c.id === selected)
  const cut = cardsCut(conflicts.length, selectedAt, limit, expanded)
  const listed = cut === null ? conflicts : conflicts.slice(0, cut)
  return (
    <>
      <ul className="conflict-list" ref={listRef}>
        {listed.map((c) => {
          const status = statusOn(c, date) ?? currentStatus(c)
          const last = latestDealOn(ix, c.id, date)
          const resources = resourcesOfConflict(ix, c.id)
          const latest = dealsOf(deals, c.id).latestEvent
          return (
            <li
              key={c.id}
              className={`conflict-card${selected === c.id ? ' conflict-card--selected' : ''}`}
              onPointerEnter={onPoint && (() => onPoint(c.id))}
              onPointerLeave={onPoint && (() => onPoint(null))}
              onFocus={onPoint && (() => onPoint(c.id))}
              onBlur={onPoint && (() => onPoint(null))}
              data-conflict-id={c.id}
            >
              <h3 className="conflict-card__title">
                <Link to={`/conflicts/${c.id}`}>{c.name}</Link>
              </h3>
              <p className="conflict-card__status">
                <ConflictStatusBadge status={status.status} />{' '}
                <span className="muted">as of {formatDate(status.date)}</span>
              </p>
              {latest && date === null && (
                <p className="conflict-card__fresh muted" data-testid="card-freshness">
                  Latest sourced event {formatDate(latest, 'day', true)}
                </p>
              )}
              {last && (
                <p className="conflict-card__deal">
                  Latest deal: <Link to={`/deals/${last.id}`}>{last.commonName ?? last.title}</Link>{' '}
                  <span className="muted">
                    (
                    {[formatDate(last.date, last.datePrecision, true), signatoryNames(ix, last).join(', ')]
                      .filter(Boolean)
                      .join('; ')}
                    )
                  </span>
                </p>
              )}
              {!last && <p className="conflict-card__deal muted">No agreement signed</p>}
              {resources.length > 0 && (
                <p className="conflict-card__minerals">
                  <span className="visually-hidden">At stake: </span>
                  {resources.map((r) => (
                    <span key={r.id} className="chip">
                      {r.name}
                    </span>
                  ))}
                </p>
              )}
            </li>
          )
        })}
      </ul>
      {cut !== null && (
        <button
          type="button"
          className="button button--ghost conflict-list__more"
          onClick={() => {
            focusAt.current = cut
            setExpanded(true)
          }}
        >
          Show all {conflicts.length} conflicts
        </button>
      )}
    </>
  )
})
