import { useMemo } from 'react'
import { PageMeta } from '../../components/PageMeta'
import { useAtlas, useRouteExtra } from '../../lib/hooks/atlasContext'
import { assetUrl } from '../../lib/site'
import { IDENTITY } from '../../map/mapTransform'
import { MapLegend } from '../../map/MapLegend'
import { partyStatusByCountry } from '../../map/mapModel'
import { WorldMap } from '../../map/WorldMap'
import type { MapExtra } from '../map/mapData'
import { MapFrameFooter, MapFrameHead } from '../map/MapFrame'
import { filterConflicts, mapPageModel, mapVocabulary } from '../map/mapPageModel'
import { useMapView } from '../map/useMapView'
import '../../components/controls.css'
import '../../map/WorldMap.css'
import '../map/MapPage.css'

const noop = () => undefined
const openInAtlas = (path: string) => window.open(assetUrl(path), '_blank', 'noopener')

/** `/embed/map/<mineral>`: the world map's frame alone (view from the URL, legend, credit), for other sites. */
export function Page() {
  const ix = useAtlas()
  const extra = useRouteExtra<MapExtra>()
  const isos = useMemo(() => extra.countries.flatMap((c) => (c.iso3 ? [c.iso3] : [])), [extra.countries])
  const vocab = useMemo(() => mapVocabulary(ix, extra, isos), [ix, extra, isos])
  // The view is read from the address only: an embed never moves its host page's history.
  const [view] = useMapView(vocab)
  const shown = useMemo(() => filterConflicts(ix, view, extra.deals), [ix, view, extra.deals])
  const model = useMemo(() => mapPageModel(ix, extra, view, shown), [ix, extra, view, shown])
  const sites = view.sites ? extra.sites : NO_SITES
  return (
    <section className="map-panel" data-frame aria-label="World map">
      <PageMeta
        title={
          model.mineralName
            ? `${model.mineralName} ${view.measure} and the peace deals (embed)`
            : 'World map of the peace deals (embed)'
        }
        description={model.caption}
      />
      <MapFrameHead model={model} view={view} shown={shown} titleAs="h1" />
      <div className="map-wrap">
        <WorldMap
          countries={extra.countries}
          looks={model.looks}
          defaultFill={model.defaultFill}
          markers={model.markers}
          sites={sites}
          transform={view.zoom ?? IDENTITY}
          onZoomEnd={noop}
          onHover={noop}
          onOpen={(target) => {
            const c =
              target.kind === 'marker'
                ? shown.find((x) => x.id === target.id)
                : shown.find((x) => partyStatusByCountry(ix, [x]).has(target.id))
            if (c) openInAtlas(`conflicts/${c.id}`)
          }}
          title="World map of the conflicts and deals"
          description={`${model.caption}. The atlas lists the same conflicts as text.`}
        />
      </div>
      <MapLegend
        mineralName={model.mineralName}
        measureLabel={view.measure === 'reserves' ? 'reserves' : 'production'}
        showSites={view.sites}
      />
      <MapFrameFooter model={model} view={view} shown={shown} />
    </section>
  )
}

const NO_SITES: [] = []
