import { useEffect, useState } from 'react'
import { CiteBlock } from '../../components/CiteBlock'
import { Link, useSearchParams } from 'react-router'
import { PageMeta } from '../../components/PageMeta'
import { useViewSearch } from '../../lib/hooks/useViewSearch'
import { KIND_LABEL } from '../../search/searchKinds'
import { loadEngine } from '../../search/loadEngine'
import type { SearchEngine } from '../../search/searchEngine'
import '../../components/controls.css'
import '../../search/SearchBox.css'
import './SearchPage.css'

/** Shareable search results: `/search?q=cobalt`. */
export function Page() {
  const [, setSp] = useSearchParams()
  const q = (new URLSearchParams(useViewSearch()).get('q') ?? '').slice(0, 200)
  const [engine, setEngine] = useState<SearchEngine | null>(null)
  useEffect(() => {
    void loadEngine().then(setEngine)
  }, [])
  const groups = engine ? engine.search(q, 50) : []
  return (
    <div className="page page--narrow">
      <PageMeta
        title={q ? `Search: ${q}` : 'Search'}
        description="Search conflicts, deals, provisions, minerals, experts, countries, places and sources."
      />
      <h1>Search</h1>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault()
          const v = new FormData(e.currentTarget).get('q')
          setSp(typeof v === 'string' && v.trim() ? { q: v.trim() } : {})
        }}
      >
        <label htmlFor="search-page-q" className="visually-hidden">
          Search the atlas
        </label>
        <div className="search-page__row">
          <input
            id="search-page-q"
            name="q"
            type="search"
            defaultValue={q}
            key={q}
            className="search__input search__input--page"
          />
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </form>
      {q && engine && groups.length === 0 && (
        <p className="empty">Nothing matches &ldquo;{q}&rdquo;. Try fewer or shorter words.</p>
      )}
      {!engine && q && <p className="muted">Loading…</p>}
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`k-${g.kind}`}>
          <h2 id={`k-${g.kind}`}>
            {KIND_LABEL[g.kind]} <span className="muted">({g.hits.length})</span>
          </h2>
          <ul className="search-results">
            {g.hits.map((h) => (
              <li key={h.id}>
                <Link to={h.to}>{h.title}</Link>
                <span className="muted"> — {h.context}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <CiteBlock path="/search" title="Search" label="Cite or share the atlas" />
    </div>
  )
}
