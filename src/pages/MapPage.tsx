import { useCallback, useMemo, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { geoPath } from 'd3-geo'
import { PageMeta } from '../components/PageMeta'
import { INDEX } from '../data/dataset'
import { currentStatus } from '../data/selectors'
import { CONFLICT_STATUS_VAR } from '../lib/labels'
import { useUrlState } from '../lib/useUrlState'
import { ConflictList } from '../map/ConflictList'
import { IDENTITY, countryName, zoomToFeature, type ZoomTransform, MAP_WIDTH, MAP_HEIGHT } from '../map/geo'
import { MapControls } from '../map/MapControls'
import { MapLegend } from '../map/MapLegend'
import {
  filterConflicts,
  layerMinerals,
  mapCaption,
  mineralLayer,
  partyStatusByCountry,
  shareClass,
} from '../map/mapModel'
import { DEFAULT_MAP_VIEW, parseMapParams, toMapParams, type MapView } from '../map/mapParams'
import { MapTooltip, type TooltipState } from '../map/MapTooltip'
import { markerAnchor } from '../map/markers'
import { COUNTRIES, PROJECTION, WorldMap, type CountryLook, type MapMarker, type MapSite } from '../map/WorldMap'
import '../components/controls.css'
import '../map/WorldMap.css'
import './MapPage.css'

const MINERALS = layerMinerals(INDEX)
const RESOURCES = INDEX.data.resources
  .filter((r) => INDEX.data.stakes.some((s) => s.resource === r.id))
  .map((r) => ({ id: r.id, name: r.name }))
  .sort((a, b) => a.name.localeCompare(b.name))
const COUNTRY_OPTIONS = COUNTRIES.filter((c) => c.iso3)
  .map((c) => ({ iso3: c.iso3 as string, name: c.name }))
  .sort((a, b) => a.name.localeCompare(b.name))
const VOCAB = {
  minerals: MINERALS.map((m) => m.id),
  resources: RESOURCES.map((r) => r.id),
  conflicts: INDEX.data.conflicts.map((c) => c.id),
  countries: COUNTRY_OPTIONS.map((c) => c.iso3),
}
const parse = (sp: URLSearchParams) => parseMapParams(sp, VOCAB)

const MARKER_XY = new Map(
  INDEX.data.conflicts.map((c) => {
    const iso = markerAnchor(INDEX, c, COUNTRIES)
    const f = COUNTRIES.find((x) => x.iso3 === iso)
    const p = f ? geoPath(PROJECTION).centroid(f.feature) : [0, 0]
    return [c.id, p as [number, number]]
  }),
)

const SITES: MapSite[] = INDEX.data.sites.map((s) => {
  if (s.geometry.type === 'LineString') {
    return { id: s.id, kind: s.kind, label: s.name, d: geoPath(PROJECTION)(s.geometry) ?? '' }
  }
  const [x, y] = PROJECTION(s.geometry.coordinates) ?? [0, 0]
  return { id: s.id, kind: s.kind, label: s.name, x, y }
})

/** The home page: the world map of the deals, its controls, legend and the list of conflicts. */
export function MapPage() {
  const [view, setView] = useUrlState<MapView>(parse, toMapParams)
  const navigate = useNavigate()
  const zoomRef = useRef<((t: ZoomTransform) => void) | null>(null)
  const [tooltip, setTooltip] = useState<TooltipState | null>(null)
  // The card under the pointer or focus lights up its marker: the list and the map point at each other.
  const [pointed, setPointed] = useState<string | null>(null)
  const wrapRef = useRef<HTMLDivElement>(null)

  // Recomputed only when a filter changes (not on layer or zoom changes), so the list and
  // markers keep their identity and skip re-rendering.
  const filterKey = [view.status.join(), view.resource ?? '', view.type.join(), view.region.join()].join('|')
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const shown = useMemo(() => filterConflicts(INDEX, view), [filterKey])
  const partyStatus = useMemo(() => partyStatusByCountry(INDEX, shown), [shown])
  const shares = useMemo(
    () => (view.mineral ? mineralLayer(INDEX, view.mineral, view.measure) : null),
    [view.mineral, view.measure],
  )

  const looks = useMemo(() => {
    const out = new Map<string, CountryLook>()
    const isos = new Set<string>([...partyStatus.keys(), ...(shares?.keys() ?? [])])
    if (view.country) isos.add(view.country)
    for (const iso of isos) {
      const status = partyStatus.get(iso)
      const share = shares?.get(iso)
      let fill = 'var(--land)'
      if (shares) fill = share && share.share !== null ? `var(--seq-${shareClass(share.share)})` : 'var(--land-nodata)'
      else if (status) fill = CONFLICT_STATUS_VAR[status]
      const name = countryName(iso)
      out.set(iso, {
        fill,
        party: status !== undefined,
        highlighted: view.country === iso,
        label: `${name}: open its conflict page`,
      })
    }
    return out
  }, [partyStatus, shares, view.country])

  const markers: MapMarker[] = useMemo(
    () =>
      shown.map((c) => {
        const [x, y] = MARKER_XY.get(c.id) ?? [0, 0]
        const status = currentStatus(c).status
        return {
          id: c.id,
          x,
          y,
          fill: CONFLICT_STATUS_VAR[status],
          label: `${c.name}: open the conflict page`,
          selected: view.conflict === c.id || pointed === c.id,
        }
      }),
    [shown, view.conflict, pointed],
  )

  const setZoom = useCallback((t: ZoomTransform) => setView({ ...view, zoom: t }, { replace: true }), [view, setView])

  const openCountry = useCallback(
    (iso3: string) => {
      const c = shown.find((x) => partyStatusByCountry(INDEX, [x]).has(iso3))
      if (c) navigate(`/conflicts/${c.id}`)
    },
    [shown, navigate],
  )

  const onHover = useCallback(
    (target: Element | null, content: TooltipState['content'] | null, point?: { x: number; y: number }) => {
      const wrap = wrapRef.current
      if (!target || !content || !wrap) return setTooltip(null)
      const box = wrap.getBoundingClientRect()
      const r = target.getBoundingClientRect()
      const x = (point?.x ?? r.left + r.width / 2) - box.left
      const y = (point?.y ?? r.top + r.height / 2) - box.top
      setTooltip({ x, y, content, width: box.width })
    },
    [],
  )

  // "Find a country" zooms to it.
  const changeView = (next: MapView) => {
    if (next.country && next.country !== view.country) {
      const f = COUNTRIES.find((c) => c.iso3 === next.country)
      if (f) next = { ...next, zoom: zoomToFeature(f.feature, PROJECTION) }
    }
    setView(next)
  }

  const zoomBy = (factor: number) => {
    const k = Math.min(12, Math.max(1, view.zoom.k * factor))
    if (k === view.zoom.k) return
    const cx = MAP_WIDTH / 2
    const cy = MAP_HEIGHT / 2
    const x = cx - ((cx - view.zoom.x) / view.zoom.k) * k
    const y = cy - ((cy - view.zoom.y) / view.zoom.k) * k
    setView({ ...view, zoom: k === 1 ? IDENTITY : { k, x, y } }, { replace: true })
  }
  const pan = (dx: number, dy: number) => {
    if (view.zoom.k === 1) return
    setView({ ...view, zoom: { ...view.zoom, x: view.zoom.x + dx, y: view.zoom.y + dy } }, { replace: true })
  }

  const caption = mapCaption(INDEX, view, shown)
  const mineralName = view.mineral ? (INDEX.resources.get(view.mineral)?.name ?? null) : null

  return (
    <div className="map-page">
      <PageMeta
        title="Mineral Peace Atlas"
        description="A sourced atlas of the peace deals of 2025 and the critical minerals, money and access they trade: nine conflicts, their agreements, the minerals at stake and what experts say."
      />
      <div className="map-page__intro">
        <h1>Peace deals and the minerals behind them</h1>
        <p className="lede">
          Nine conflicts the White House says it ended or tried to end in 2025, the deals struck around them and what
          they trade in minerals, money and access. Every fact links to its source.
        </p>
      </div>
      <div className="map-page__grid">
        <section className="map-panel" aria-labelledby="map-heading">
          <h2 id="map-heading" className="visually-hidden">
            World map
          </h2>
          <MapControls
            view={view}
            onChange={changeView}
            minerals={MINERALS}
            resources={RESOURCES}
            countries={COUNTRY_OPTIONS}
          />
          <p className="map-caption" aria-live="polite" data-testid="map-caption">
            {caption}
          </p>
          <div
            className="map-wrap"
            ref={wrapRef}
            onKeyDown={(e) => {
              const step = 40
              if (e.key === '+' || e.key === '=') zoomBy(1.5)
              else if (e.key === '-' || e.key === '_') zoomBy(1 / 1.5)
              else if (e.key === '0') setView({ ...view, zoom: IDENTITY }, { replace: true })
              else if (e.key === 'ArrowLeft' && e.shiftKey) pan(step, 0)
              else if (e.key === 'ArrowRight' && e.shiftKey) pan(-step, 0)
              else if (e.key === 'ArrowUp' && e.shiftKey) pan(0, step)
              else if (e.key === 'ArrowDown' && e.shiftKey) pan(0, -step)
              else if (e.key === 'Escape') setTooltip(null)
              else return
              e.preventDefault()
            }}
          >
            <WorldMap
              looks={looks}
              defaultFill={shares ? 'var(--land-nodata)' : 'var(--land)'}
              markers={markers}
              sites={view.sites ? SITES : []}
              transform={view.zoom}
              zoomRef={zoomRef}
              onZoomEnd={setZoom}
              onCountryOpen={openCountry}
              onMarkerOpen={(id) => navigate(`/conflicts/${id}`)}
              onHover={onHover}
              title="World map of the conflicts and deals"
              description={`${caption}. The list of conflicts beside the map holds the same information as text.`}
            />
            <div className="zoom-buttons" role="group" aria-label="Zoom">
              <button type="button" className="icon-button" onClick={() => zoomBy(1.5)} aria-label="Zoom in">
                +
              </button>
              <button type="button" className="icon-button" onClick={() => zoomBy(1 / 1.5)} aria-label="Zoom out">
                −
              </button>
              <button
                type="button"
                className="icon-button"
                onClick={() => setView({ ...view, zoom: IDENTITY, country: null }, { replace: true })}
                aria-label="Reset zoom"
              >
                ⟲
              </button>
            </div>
            {tooltip && (
              <MapTooltip ix={INDEX} state={tooltip} shares={shares} mineralName={mineralName} measure={view.measure} />
            )}
          </div>
          <MapLegend
            mineralName={mineralName}
            measureLabel={view.measure === 'reserves' ? 'reserves' : 'production'}
            statuses={[...new Set(shown.map((c) => currentStatus(c).status))]}
            showSites={view.sites}
          />
          <p className="map-note muted">
            Tip: drag to pan, pinch or Ctrl + scroll to zoom; with the map focused, + and − zoom, Shift + arrows pan, 0
            resets. Borders follow Natural Earth&rsquo;s de facto lines (world-atlas, 1:110m) and are not an
            endorsement.
          </p>
        </section>
        <section className="list-panel" aria-labelledby="list-heading">
          <h2 id="list-heading">Conflicts on the map</h2>
          <ConflictList ix={INDEX} conflicts={shown} selected={view.conflict} onPoint={setPointed} />
        </section>
      </div>
    </div>
  )
}

export { DEFAULT_MAP_VIEW }
