import { memo, useId, useState } from 'react'
import { useHydrated } from '../lib/hooks/useHydrated'
import { findPlace, type Found } from './findPlace'

/**
 * "Find a country": a name zooms to its country, a region's name ("Africa") to its
 * preset; an ambiguous name ("Congo") offers its countries; no match says so.
 */
export function CountryFinder({
  countries,
  onFind,
}: {
  countries: ReadonlyArray<{ iso3: string; name: string }>
  onFind: (found: Extract<Found, { kind: 'country' | 'region' }>) => void
}) {
  const id = useId()
  const [query, setQuery] = useState('')
  const [result, setResult] = useState<Found | null>(null)
  // The form works only with the scripts, so its suggestions come with them: the prerendered
  // page leaves out the 177 names, and its first frame lays out fewer elements.
  const hydrated = useHydrated()
  const find = (text: string) => {
    const found = findPlace(text, countries)
    setResult(found)
    if (found.kind === 'country' || found.kind === 'region') onFind(found)
  }
  return (
    <form
      className="field country-find"
      role="search"
      aria-label="Find a country"
      onSubmit={(e) => {
        e.preventDefault()
        find(query)
      }}
    >
      <label className="field__label" htmlFor={`${id}-country`}>
        Find a country or region
      </label>
      <div className="country-find__row">
        <input
          id={`${id}-country`}
          list={`${id}-countries`}
          value={query}
          placeholder="e.g. Rwanda, Africa"
          autoComplete="off"
          onChange={(e) => {
            setQuery(e.target.value)
            setResult(null)
            // A name picked from the list is found at once, unless it is ambiguous.
            const found = findPlace(e.target.value, countries)
            if (found.kind === 'country' && countries.some((c) => c.name === e.target.value)) find(e.target.value)
          }}
        />
        <button type="submit" className="button button--small">
          Find
        </button>
      </div>
      {hydrated && <CountryOptions id={`${id}-countries`} countries={countries} />}
      <div aria-live="polite" className="country-find__result">
        {result?.kind === 'none' && (
          <span className="field__error">No country or region matches &ldquo;{query}&rdquo;.</span>
        )}
        {result?.kind === 'choices' && (
          <span className="country-find__choices">
            Which one?{' '}
            {result.options.map((o) => (
              <button
                key={o.iso3}
                type="button"
                className="button button--small button--ghost"
                onClick={() => {
                  setQuery(o.name)
                  setResult(null)
                  onFind({ kind: 'country', iso3: o.iso3 })
                }}
              >
                {o.name}
              </button>
            ))}
          </span>
        )}
      </div>
    </form>
  )
}

/** The 177 country names of "find a country": rendered once, not on every view change. */
const CountryOptions = memo(function CountryOptions({
  id,
  countries,
}: {
  id: string
  countries: ReadonlyArray<{ iso3: string; name: string }>
}) {
  return (
    <datalist id={id}>
      {countries.map((c) => (
        <option key={c.iso3} value={c.name} />
      ))}
    </datalist>
  )
})
