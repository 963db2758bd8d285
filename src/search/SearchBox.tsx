import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { loadEngine } from './loadEngine'
import { KIND_LABEL } from './searchKinds'
import type { SearchEngine } from './searchEngine'
import './SearchBox.css'

/**
 * The header search: a combobox that finds as the user types, grouped by kind, ending
 * with "All results". `/` or Ctrl/Cmd+K focuses it; arrows move, Enter opens the
 * highlighted hit, or all results (`/search?q=`) when none is highlighted; Escape closes.
 */
export function SearchBox() {
  const id = useId()
  const navigate = useNavigate()
  const inputRef = useRef<HTMLInputElement>(null)
  const [q, setQ] = useState('')
  const [open, setOpen] = useState(false)
  // -1: nothing highlighted, so Enter opens all results.
  const [active, setActive] = useState(-1)
  const [engine, setEngine] = useState<SearchEngine | null>(null)

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null
      const typing =
        target &&
        (target.tagName === 'INPUT' ||
          target.tagName === 'TEXTAREA' ||
          target.tagName === 'SELECT' ||
          target.isContentEditable)
      if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing)) {
        e.preventDefault()
        inputRef.current?.focus()
        inputRef.current?.select()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  useEffect(() => {
    if (q.trim() && !engine) void loadEngine().then(setEngine)
  }, [q, engine])

  const groups = useMemo(() => (engine ? engine.search(q) : []), [engine, q])
  const flat = groups.flatMap((g) => g.hits)
  const allTo = `/search?q=${encodeURIComponent(q.trim())}`
  // The hits, then "All results" as the last option.
  const last = flat.length
  const go = (to: string) => {
    setOpen(false)
    navigate(to)
  }
  const listId = `${id}-results`
  const optionId = (i: number) => `${id}-opt-${i}`
  let i = -1

  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-q`} className="visually-hidden">
        Search the atlas
      </label>
      <input
        ref={inputRef}
        id={`${id}-q`}
        type="search"
        className="search__input"
        placeholder="Search deals, minerals, people…  ( / )"
        autoComplete="off"
        value={q}
        role="combobox"
        aria-expanded={open && q.trim() !== ''}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 && engine ? optionId(active) : undefined}
        onFocus={() => {
          setOpen(true)
          void loadEngine().then(setEngine)
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setQ(e.target.value)
          setActive(-1)
          setOpen(true)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault()
            setOpen(true)
            setActive((a) => Math.min(a + 1, last))
          } else if (e.key === 'ArrowUp') {
            e.preventDefault()
            setActive((a) => Math.max(a - 1, -1))
          } else if (e.key === 'Enter') {
            e.preventDefault()
            const hit = open && active >= 0 ? flat[active] : undefined
            if (hit) go(hit.to)
            else if (q.trim()) go(allTo)
          } else if (e.key === 'Escape') {
            if (open) setOpen(false)
            else setQ('')
          }
        }}
      />
      {open && q.trim() !== '' && (
        <div className="search__panel" id={listId} role="listbox" aria-label="Search results">
          {!engine && <p className="search__empty">Loading…</p>}
          {engine && flat.length === 0 && <p className="search__empty">Nothing matches &ldquo;{q}&rdquo;.</p>}
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
                      go(h.to)
                    }}
                    onMouseEnter={() => setActive(n)}
                  >
                    <span className="search__title">{h.title}</span>
                    <span className="search__context">{h.context}</span>
                  </div>
                )
              })}
            </div>
          ))}
          {engine && flat.length > 0 && (
            <div
              id={optionId(last)}
              role="option"
              aria-selected={active === last}
              className={`search__hit search__all${active === last ? ' is-active' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault()
                go(allTo)
              }}
              onMouseEnter={() => setActive(last)}
            >
              <span className="search__title">All results for &ldquo;{q.trim()}&rdquo;</span>
            </div>
          )}
        </div>
      )}
    </div>
  )
}
