import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { loadEngine } from './loadEngine'
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
          void loadPanel()
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
        <div
          className="search__panel"
          id={listId}
          // A listbox only while it holds options: "Loading…" and "Nothing matches" are said as a status.
          role={engine && flat.length > 0 ? 'listbox' : 'status'}
          aria-label="Search results"
        >
          {!engine && LOADING}
          {engine && (
            <Suspense fallback={LOADING}>
              <SearchPanel
                groups={groups}
                q={q}
                active={active}
                optionId={optionId}
                onActive={setActive}
                onGo={go}
                allTo={allTo}
              />
            </Suspense>
          )}
        </div>
      )}
    </div>
  )
}

const LOADING = <p className="search__empty">Loading…</p>

// The results' markup loads with the engine, on the first focus: no page's first view carries it.
const loadPanel = () => import('./SearchPanel')
const SearchPanel = lazy(() => loadPanel().then((m) => ({ default: m.SearchPanel })))
