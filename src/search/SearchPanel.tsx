import type { SearchEngine } from './searchEngine'
import { KIND_LABEL } from './searchKinds'

type Groups = ReturnType<SearchEngine['search']>

/**
 * The header search's options: the hits grouped by kind, then "All results". The
 * combobox (SearchBox) owns the query, the highlighted option and the keys; this
 * draws what they select, and loads with the engine on the first focus.
 */
export function SearchPanel({
  groups,
  q,
  active,
  optionId,
  onActive,
  onGo,
  allTo,
}: {
  groups: Groups
  q: string
  /** The highlighted option: an index into the hits, their count for "All results", -1 for none. */
  active: number
  optionId: (i: number) => string
  onActive: (i: number) => void
  onGo: (to: string) => void
  allTo: string
}) {
  const last = groups.reduce((n, g) => n + g.hits.length, 0)
  let i = -1
  return (
    <>
      {last === 0 && <p className="search__empty">Nothing matches &ldquo;{q}&rdquo;.</p>}
      {groups.map((g) => (
        <div key={g.kind} role="group" aria-label={KIND_LABEL[g.kind]} className="search__group">
          <p className="search__kind" aria-hidden="true">
            {KIND_LABEL[g.kind]}
          </p>
          {g.hits.map((h) => {
            i++
            const n = i
            return (
              <div
                key={h.id}
                id={optionId(n)}
                role="option"
                aria-selected={n === active}
                className={`search__hit${n === active ? ' is-active' : ''}`}
                data-kind={h.kind}
                onMouseDown={(e) => {
                  e.preventDefault()
                  onGo(h.to)
                }}
                onMouseEnter={() => onActive(n)}
              >
                <span className="search__title">{h.title}</span>
                <span className="search__context">{h.context}</span>
              </div>
            )
          })}
        </div>
      ))}
      {last > 0 && (
        <div
          id={optionId(last)}
          role="option"
          aria-selected={active === last}
          className={`search__hit search__all${active === last ? ' is-active' : ''}`}
          onMouseDown={(e) => {
            e.preventDefault()
            onGo(allTo)
          }}
          onMouseEnter={() => onActive(last)}
        >
          <span className="search__title">All results for &ldquo;{q.trim()}&rdquo;</span>
        </div>
      )}
    </>
  )
}
