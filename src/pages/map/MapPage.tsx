import { useEffect, useMemo, useRef, useState } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { useAtlas, useRootData, useRouteExtra } from '../../lib/hooks/atlasContext'
import { PageMeta } from '../../components/PageMeta'
import { partyStatusByCountry } from '../../map/mapModel'
import { countWord } from '../../lib/format'
import { ConflictList } from '../../map/ConflictList'
import { IDENTITY, panBy, zoomAboutCentre } from '../../map/geo'
import { MapControls } from '../../map/MapControls'
import { mapLocation } from '../../map/mapLocation'
import { MapLegend } from '../../map/MapLegend'
import { TooltipLayer, type TooltipHandle } from '../../map/TooltipLayer'
import { WorldMap, type MapEvents } from '../../map/WorldMap'
import { ZoomButtons } from '../../map/ZoomButtons'
import { currentStatus } from '../../data/selectors'
import type { MapExtra } from './mapData'
import { filterConflicts, mapPageModel, mapVocabulary } from './mapPageModel'
import { DiplomacyDeals } from './DiplomacyDeals'
import { useMapView } from './useMapView'
import { MapFrameFooter, MapFrameHead } from './MapFrame'
import '../../components/controls.css'
import '../../map/WorldMap.css'
import './MapPage.css'

/** The home page and the mineral layers (`/map/cobalt`): the world map of the deals, its controls, legend and list. */
export function Page() {
  const ix = useAtlas()
  const extra = useRouteExtra<MapExtra>()
  const { counts } = useRootData()
  const countryOptions = useMemo(
    () =>
      extra.countries
        .filter((c): c is typeof c & { iso3: string } => c.iso3 !== null)
        .map((c) => ({ iso3: c.iso3, name: c.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [extra.countries],
  )
  const vocab = useMemo(
    () =>
      mapVocabulary(
        ix,
        extra,
        countryOptions.map((c) => c.iso3),
      ),
    [ix, extra, countryOptions],
  )
  const [view, setView] = useMapView(vocab)
  const navigate = useNavigate()
  const params = useParams()
  const [search] = useSearchParams()
  const tooltip = useRef<TooltipHandle>(null)
  // The card under the pointer or focus lights up its marker: the list and the map point at each other.
  const [pointed, setPointed] = useState<string | null>(null)
  const wrapRef = useRef<HTMLDivElement>(null)

  // An old link with the layer in the query (`/?mineral=cobalt`) moves to the layer's own address.
  useEffect(() => {
    if (!params.mineralId && search.has('mineral')) navigate(mapLocation(view), { replace: true })
  }, [params.mineralId, search, view, navigate])

  const filterKey = [view.status.join(), view.resource ?? '', view.type.join(), view.region.join()].join('|')
  // Recomputed only when a filter changes, so the list and markers keep their identity.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const shown = useMemo(() => filterConflicts(ix, view), [ix, filterKey])
  const model = useMemo(() => mapPageModel(ix, extra, view, shown), [ix, extra, view, shown])
  const markers = useMemo(
    () => model.markers.map((m) => (m.id === pointed && !m.selected ? { ...m, selected: true } : m)),
    [model.markers, pointed],
  )

  // Stable across renders, so the memoised map skips re-rendering when only the page changes.
  const viewRef = useRef(view)
  const shownRef = useRef(shown)
  useEffect(() => {
    viewRef.current = view
    shownRef.current = shown
  })
  const events = useMemo<MapEvents>(
    () => ({
      onZoomEnd: (t) => setView({ ...viewRef.current, zoom: t }, { replace: true }),
      onCountryOpen: (iso3) => {
        const c = shownRef.current.find((x) => partyStatusByCountry(ix, [x]).has(iso3))
        if (c) navigate(`/conflicts/${c.id}`)
      },
      onMarkerOpen: (id) => navigate(`/conflicts/${id}`),
      onHover: (target, content, point) => {
        const wrap = wrapRef.current
        if (!target || !content || !wrap) return tooltip.current?.show(null)
        const box = wrap.getBoundingClientRect()
        const r = target.getBoundingClientRect()
        const x = (point?.x ?? r.left + r.width / 2) - box.left
        const y = (point?.y ?? r.top + r.height / 2) - box.top
        tooltip.current?.show({ x, y, content, width: box.width })
      },
    }),
    [ix, navigate, setView],
  )
  const sites = view.sites ? extra.sites : NO_SITES

  // "Find a country" zooms to it.
  const changeView = (next: typeof view) => {
    if (next.country && next.country !== view.country) {
      const zoom = extra.zoomTo[next.country]
      if (zoom) next = { ...next, zoom }
    }
    setView(next)
  }
  const setZoom = (zoom: typeof view.zoom) => zoom !== view.zoom && setView({ ...view, zoom }, { replace: true })
  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = 40
    if (e.key === '+' || e.key === '=') setZoom(zoomAboutCentre(view.zoom, 1.5))
    else if (e.key === '-' || e.key === '_') setZoom(zoomAboutCentre(view.zoom, 1 / 1.5))
    else if (e.key === '0') setZoom(IDENTITY)
    else if (e.key === 'ArrowLeft' && e.shiftKey) setZoom(panBy(view.zoom, step, 0))
    else if (e.key === 'ArrowRight' && e.shiftKey) setZoom(panBy(view.zoom, -step, 0))
    else if (e.key === 'ArrowUp' && e.shiftKey) setZoom(panBy(view.zoom, 0, step))
    else if (e.key === 'ArrowDown' && e.shiftKey) setZoom(panBy(view.zoom, 0, -step))
    else if (e.key === 'Escape') tooltip.current?.show(null)
    else return
    e.preventDefault()
  }
  const n = countWord(counts.conflicts)
  const title = model.mineralName
    ? `${model.mineralName} ${view.measure === 'reserves' ? 'reserves' : 'production'} and the peace deals`
    : 'Mineral Peace Atlas'

  return (
    <div className="map-page">
      <PageMeta
        title={title}
        description={
          model.mineralName
            ? `Each country's share of world ${model.mineralName.toLowerCase()} ${view.measure} (USGS Mineral Commodity Summaries 2026), with the ${n} conflicts and their deals.`
            : `A sourced atlas of the peace deals of 2025 and the critical minerals, money and access they trade: ${n} conflicts, their agreements, the minerals at stake and what experts say.`
        }
      />
      <div className="map-page__intro">
        <h1>Peace deals and the minerals behind them</h1>
        <p className="lede">
          {n.charAt(0).toUpperCase() + n.slice(1)} conflicts the White House says it ended or tried to end in 2025, the
          deals struck around them and what they trade in minerals, money and access. Every fact links to its source.
        </p>
      </div>
      <div className="map-page__grid">
        <section className="map-panel" aria-labelledby="map-heading">
          <h2 id="map-heading" className="visually-hidden">
            World map
          </h2>
          <MapFrameHead model={model} view={view} shown={shown} />
          <MapControls
            view={view}
            onChange={changeView}
            minerals={extra.layers}
            resources={extra.resources}
            countries={countryOptions}
          />
          <p className="map-caption" aria-live="polite" data-testid="map-caption">
            {model.caption}
          </p>
          <div className="map-wrap" ref={wrapRef} onKeyDown={onKeyDown}>
            <WorldMap
              countries={extra.countries}
              looks={model.looks}
              defaultFill={model.defaultFill}
              markers={markers}
              sites={sites}
              transform={view.zoom}
              {...events}
              title="World map of the conflicts and deals"
              description={`${model.caption}. The list of conflicts beside the map holds the same information as text.`}
            />
            <ZoomButtons
              onZoom={(f) => setZoom(zoomAboutCentre(view.zoom, f))}
              onReset={() => setView({ ...view, zoom: IDENTITY, country: null }, { replace: true })}
            />
            <TooltipLayer
              ref={tooltip}
              ix={ix}
              shares={model.shares}
              mineralName={model.mineralName}
              measure={view.measure}
            />
          </div>
          <MapLegend
            mineralName={model.mineralName}
            measureLabel={view.measure === 'reserves' ? 'reserves' : 'production'}
            statuses={[...new Set(shown.map((c) => currentStatus(c).status))]}
            showSites={view.sites}
          />
          <p className="map-note muted">
            Tip: drag to pan, pinch or Ctrl + scroll to zoom; with the map focused, + and − zoom, Shift + arrows pan, 0
            resets. Borders follow Natural Earth&rsquo;s de facto lines (world-atlas, 1:110m) and are not an
            endorsement.
          </p>
          <MapFrameFooter model={model} view={view} shown={shown} />
        </section>
        <section className="list-panel" aria-labelledby="list-heading">
          <h2 id="list-heading">Conflicts on the map</h2>
          <ConflictList ix={ix} conflicts={shown} selected={view.conflict} onPoint={setPointed} />
        </section>
      </div>
      <DiplomacyDeals ix={ix} />
    </div>
  )
}

const NO_SITES: [] = []
