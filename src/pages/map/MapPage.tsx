import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { useAtlas, useRootData, useRouteExtra } from '../../lib/hooks/atlasContext'
import { PageMeta } from '../../components/PageMeta'
import { countWord } from '../../lib/format'
import { IDENTITY, zoomAboutCentre, zoomToBox } from '../../map/mapTransform'
import { MapControls } from '../../map/MapControls'
import { mapLocation } from '../../map/mapLocation'
import { DateControl } from '../../map/DateControl'
import { ringChanged } from '../../map/dateMarks'
import { MapLegend } from '../../map/MapLegend'
import { previewCard } from '../../map/mapPreview'
import { RegionPresets } from '../../map/RegionPresets'
import { TooltipLayer, type TooltipHandle } from '../../map/TooltipLayer'
import { WorldMap } from '../../map/WorldMap'
import { ZoomButtons } from '../../map/ZoomButtons'
import type { MapExtra } from './mapData'
import { filterConflicts, mapPageModel, mapVocabulary } from './mapPageModel'
import { DiplomacyDeals } from './DiplomacyDeals'
import { MapList } from './MapList'
import { MapIntro, MapNote } from './MapText'
import { mapKeyHandler } from './useMapKeys'
import { useMapDate } from './useMapDate'
import { useMapEvents } from './useMapEvents'
import { useMapPreview } from './useMapPreview'
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
  const countryOptions = extra.countryChoices
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
  const { control, viewAt, passage } = useMapDate(ix.data.conflicts, view, setView)
  const navigate = useNavigate()
  const params = useParams()
  const [search] = useSearchParams()
  const tooltip = useRef<TooltipHandle>(null)
  // The card under the pointer or focus lights up its marker: the list and the map point at each other.
  const [pointed, setPointed] = useState<string | null>(null)
  const wrapRef = useRef<HTMLDivElement>(null)
  const { preview, open, close } = useMapPreview(wrapRef)

  // An old link with the layer in the query (`/?mineral=cobalt`) moves to the layer's own address,
  // once the view is the query's: while hydrating, the view is still the prerendered (default) one,
  // and moving then would drop the query from the address.
  useEffect(() => {
    if (!params.mineralId && search.has('mineral') && view.mineral) navigate(mapLocation(view), { replace: true })
  }, [params.mineralId, search, view, navigate])

  const filterKey = [viewAt.date, view.status.join(), view.resource, view.type.join(), view.region.join()].join('|')
  // Recomputed only when a filter changes, so the list and markers keep their identity.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const shown = useMemo(() => filterConflicts(ix, viewAt, extra.deals), [ix, extra.deals, filterKey])
  const model = useMemo(() => mapPageModel(ix, extra, viewAt, shown), [ix, extra, viewAt, shown])
  const markers = useMemo(
    () =>
      ringChanged(model.markers, passage).map((m) => (m.id === pointed && !m.selected ? { ...m, selected: true } : m)),
    [model.markers, pointed, passage],
  )
  const zoom = useMemo(
    () => (view.preset ? (extra.regions.find((r) => r.id === view.preset)?.zoom ?? view.zoom) : view.zoom),
    [view.preset, view.zoom, extra.regions],
  )

  const events = useMapEvents(view, setView, open, tooltip, wrapRef)
  const sites = view.sites ? extra.sites : NO_SITES
  const card = preview ? previewCard(ix, preview.target, shown, viewAt.date) : null

  // "Find a country" zooms to it; a preset replaces any free zoom.
  // Stable while the view is: the memoised controls skip a render of the page that changes nothing of theirs.
  const changeView = useCallback(
    (next: typeof view) => {
      if (next.country && next.country !== view.country) {
        // Framed from the shape the page already draws: no table of zooms travels with the page.
        const shape = wrapRef.current?.querySelector<SVGGraphicsElement>(`path[data-iso3="${next.country}"]`)
        if (shape) next = { ...next, zoom: zoomToBox(shape.getBBox()), preset: null }
      } else if (next.preset !== view.preset) next = { ...next, zoom: IDENTITY, country: null }
      setView(next)
    },
    [view, setView],
  )
  const setZoom = (z: typeof zoom) => z !== zoom && setView({ ...view, zoom: z, preset: null }, { replace: true })
  const onKeyDown = (e: React.KeyboardEvent) =>
    mapKeyHandler(zoom, setZoom, () => (card ? close() : tooltip.current?.show(null)))(e)
  const n = countWord(counts.conflicts)
  const measureLabel = view.measure === 'reserves' ? 'reserves' : 'production'
  const title = model.mineralName ? `${model.mineralName} ${measureLabel} and the peace deals` : 'Mineral Peace Atlas'

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
      <MapIntro count={n} />
      <div className="map-page__grid">
        <section className="map-panel" aria-labelledby="map-heading">
          <h2 id="map-heading" className="visually-hidden">
            World map
          </h2>
          <MapFrameHead model={model} view={viewAt} shown={shown} />
          <MapControls
            view={view}
            onChange={changeView}
            minerals={extra.layers}
            resources={extra.resources}
            countries={countryOptions}
            resultCount={model.caption.split(' · ')[0] ?? ''}
          />
          <div className="map-frame__bar result-row">
            <p className="map-caption" aria-live="polite" data-testid="map-caption">
              {model.caption}
            </p>
            <RegionPresets
              regions={extra.regions}
              current={view.preset ?? (zoom.k === 1 ? 'world' : null)}
              onChoose={(preset) => changeView({ ...view, preset })}
            />
          </div>
          <MapLegend
            mineralName={model.mineralName}
            measureLabel={measureLabel}
            showSites={view.sites}
            date={viewAt.date}
          />
          <div className="map-stage" ref={wrapRef}>
            <div className="map-wrap" onKeyDown={onKeyDown}>
              <WorldMap
                countries={extra.countries}
                looks={model.looks}
                defaultFill={model.defaultFill}
                markers={markers}
                sites={sites}
                focusOrder={model.focusOrder}
                transform={zoom}
                {...events}
                title="World map of the conflicts and deals"
                description={`${model.caption}. Arrow keys move between the conflicts and their states, in the order of the list beside the map, which holds the same information as text; Enter opens a preview.`}
              />
              <ZoomButtons
                onZoom={(f) => setZoom(zoomAboutCentre(zoom, f))}
                onReset={() => setView({ ...view, zoom: IDENTITY, country: null, preset: null }, { replace: true })}
              />
              <TooltipLayer
                ref={tooltip}
                ix={ix}
                date={viewAt.date}
                shown={shown}
                shares={model.shares}
                mineralName={model.mineralName}
                measure={view.measure}
              />
            </div>
            {card && preview && (
              <div className={`map-stage__preview map-stage__preview--${preview.side}`} onKeyDown={onKeyDown}>
                <Suspense fallback={null}>
                  <MapPreview card={card} focusOnOpen={preview.viaKeyboard} onClose={close} />
                </Suspense>
              </div>
            )}
          </div>
          <DateControl {...control} date={viewAt.date} />
          <MapNote />
          <MapFrameFooter model={model} view={viewAt} shown={shown} />
        </section>
        <MapList ix={ix} extra={extra} shown={shown} selected={view.conflict} onPoint={setPointed} date={viewAt.date} />
      </div>
      <DiplomacyDeals ix={ix} span={extra.diplomacy} />
    </div>
  )
}

const NO_SITES: [] = []
// Loaded on the first click, tap or Enter: the page's first load does without it.
const MapPreview = lazy(() => import('../../map/MapPreview').then((m) => ({ default: m.MapPreview })))
