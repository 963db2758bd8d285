import { memo, useId, useState } from 'react'
import type { ConflictStatus, Region } from '../data/schema'
import { AGREEMENT_TYPES, CONFLICT_STATUSES, REGIONS } from '../data/vocab'
import { CONFLICT_STATUS_LABEL } from '../lib/labels'
import type { MapView } from './mapParams'
import { TypeSelect } from '../components/TypeSelect'
import { ResourceSelect } from '../components/ResourceSelect'
import '../components/controls.css'
import './MapControls.css'

interface Option {
  id: string
  name: string
}

/** Layer and filter controls of the home map. Every change goes through `onChange` into the URL. */
export function MapControls({
  view,
  onChange,
  minerals,
  resources,
  countries,
}: {
  view: MapView
  onChange: (next: MapView) => void
  minerals: readonly Option[]
  resources: readonly Option[]
  countries: ReadonlyArray<{ iso3: string; name: string }>
}) {
  const id = useId()
  const [query, setQuery] = useState('')
  const [notFound, setNotFound] = useState(false)
  const toggle = <T,>(list: readonly T[], v: T): T[] => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v])
  const findCountry = (text: string) => {
    const t = text.trim().toLowerCase()
    if (!t) return
    const hit =
      countries.find((c) => c.name.toLowerCase() === t || c.iso3.toLowerCase() === t) ??
      countries.find((c) => c.name.toLowerCase().startsWith(t))
    setNotFound(!hit)
    if (hit) onChange({ ...view, country: hit.iso3 })
  }
  return (
    <div className="map-controls">
      <div className="control-row">
        <label className="field">
          <span className="field__label">Map layer</span>
          <select
            value={view.mineral ?? ''}
            onChange={(e) => onChange({ ...view, mineral: e.target.value || null })}
            data-testid="layer-select"
          >
            <option value="">Conflict status</option>
            <optgroup label="Mineral: share of world">
              {minerals.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        {view.mineral && (
          <fieldset className="segmented">
            <legend className="field__label">Measure</legend>
            {(['reserves', 'production'] as const).map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name={`${id}-measure`}
                  value={m}
                  checked={view.measure === m}
                  onChange={() => onChange({ ...view, measure: m })}
                />
                <span>{m === 'reserves' ? 'Reserves' : 'Production'}</span>
              </label>
            ))}
          </fieldset>
        )}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={view.sites}
            onChange={(e) => onChange({ ...view, sites: e.target.checked })}
          />
          <span>Show sites</span>
        </label>
        <form
          className="field country-find"
          role="search"
          aria-label="Find a country"
          onSubmit={(e) => {
            e.preventDefault()
            findCountry(query)
          }}
        >
          <label className="field__label" htmlFor={`${id}-country`}>
            Find a country
          </label>
          <div className="country-find__row">
            <input
              id={`${id}-country`}
              list={`${id}-countries`}
              value={query}
              placeholder="e.g. Rwanda"
              autoComplete="off"
              onChange={(e) => {
                setQuery(e.target.value)
                setNotFound(false)
                const exact = countries.find((c) => c.name === e.target.value)
                if (exact) onChange({ ...view, country: exact.iso3 })
              }}
            />
            <button type="submit" className="button button--small">
              Find
            </button>
          </div>
          <CountryOptions id={`${id}-countries`} countries={countries} />
          {notFound && (
            <span className="field__error" role="alert">
              No country matches &ldquo;{query}&rdquo;.
            </span>
          )}
        </form>
      </div>
      <details
        className="filters"
        open={view.status.length + view.type.length + view.region.length > 0 || view.resource !== null}
      >
        <summary>Filter conflicts</summary>
        <div className="filters__body">
          <fieldset className="chips">
            <legend className="field__label">Status</legend>
            {CONFLICT_STATUSES.map((s: ConflictStatus) => (
              <label key={s} className="chip-toggle">
                <input
                  type="checkbox"
                  checked={view.status.includes(s)}
                  onChange={() => onChange({ ...view, status: toggle(view.status, s) })}
                />
                <span>{CONFLICT_STATUS_LABEL[s]}</span>
              </label>
            ))}
          </fieldset>
          <ResourceSelect
            label="At stake"
            anyLabel="Any resource"
            resources={resources}
            value={view.resource}
            onChange={(resource) => onChange({ ...view, resource })}
            testId="resource-filter"
          />
          <TypeSelect
            label="Deal type"
            types={AGREEMENT_TYPES}
            value={view.type}
            onChange={(type) => onChange({ ...view, type })}
          />
          <fieldset className="chips">
            <legend className="field__label">Region</legend>
            {REGIONS.map((r: Region) => (
              <label key={r} className="chip-toggle">
                <input
                  type="checkbox"
                  checked={view.region.includes(r)}
                  onChange={() => onChange({ ...view, region: toggle(view.region, r) })}
                />
                <span>{r}</span>
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => onChange({ ...view, status: [], resource: null, type: [], region: [] })}
          >
            Clear filters
          </button>
        </div>
      </details>
    </div>
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
