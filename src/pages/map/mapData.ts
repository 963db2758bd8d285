/**
 * The home map's data, built at build time: the conflicts and what their filters,
 * markers and tooltips need, the sites and marker positions projected once, and,
 * for a mineral layer, that mineral's USGS table. Pure.
 */
import { geoPath } from 'd3-geo'
import type { RouteData } from '../../data/routeData'
import { thinStake, thinTable } from '../../data/thin'
import type { DatasetIndex } from '../../data/selectors'
import { layerMinerals } from '../../map/mapModel'
import { countryChoices } from './mapPageModel'
import { markerAnchor } from '../../map/markers'
import type { MapSite } from '../../map/WorldMap'
import { worldCountries, worldGeometry } from '../../map/worldGeometry'
import type { WorldCountry } from '../../map/worldPaths'
import { compactPath } from '../../map/compactPath'
import type { ZoomTransform } from '../../map/mapTransform'
import { REGION_PRESETS } from '../../map/regionPresets'
import { presetZoom } from '../../map/presetZoom'
import { byText } from '../../lib/textOrder'
import { conflictDeals, type DealsByConflict } from '../../map/conflictDeals'
import {
  DIPLOMACY_LISTED,
  diplomacyDeals,
  diplomacySpan,
  listedConflict,
  listedDeal,
  listedPeaceDeals,
  type DiplomacySpan,
} from '../../map/listRecords'

export interface MapExtra {
  /** Each conflict's marker, projected: [x, y]. */
  markers: Record<string, [number, number]>
  sites: MapSite[]
  /** Minerals that can be drawn as a layer (each has a page at /map/<id>). */
  layers: Array<{ id: string; name: string }>
  /** Resources at stake, for the filter. */
  resources: Array<{ id: string; name: string }>
  /** The map's countries (their shapes come with the page's markup). */
  countries: WorldCountry[]
  /** The choices of "find a country", in name order: sorted here, so the page sorts nothing as it wakes. */
  countryChoices: Array<{ iso3: string; name: string }>
  /** The region presets, in order, with the zoom that frames each. */
  regions: Array<{ id: string; name: string; zoom: ZoomTransform }>
  /** Each conflict's deals summed up, for the deal-type filter, the caption and the list. */
  deals: DealsByConflict
  /** The minerals diplomacy as a whole, of which the page carries the newest deals. */
  diplomacy: DiplomacySpan | null
}

export function mapData(ix: DatasetIndex, mineral: string | null): RouteData<MapExtra> {
  const { countries, projection } = worldGeometry()
  const mapCountries = worldCountries()
  const path = geoPath(projection)
  const markers: MapExtra['markers'] = {}
  for (const c of ix.data.conflicts) {
    const iso = markerAnchor(ix, c, countries)
    const f = countries.find((x) => x.iso3 === iso)
    const [x, y] = f ? path.centroid(f.feature) : [0, 0]
    markers[c.id] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10]
  }
  const sites: MapSite[] = ix.data.sites.map((s) => {
    if (s.geometry.type === 'LineString')
      return { id: s.id, kind: s.kind, label: s.name, d: compactPath(path.digits(1)(s.geometry) ?? '') }
    const [x, y] = projection(s.geometry.coordinates) ?? [0, 0]
    return { id: s.id, kind: s.kind, label: s.name, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 }
  })
  const atStake = new Set(ix.data.stakes.map((s) => s.resource))
  const resource = mineral ? ix.resources.get(mineral) : undefined
  const table = resource?.usgs ? ix.usgs.get(resource.usgs) : undefined
  const diplomacy = diplomacyDeals(ix)
  const agreements = [...listedPeaceDeals(ix), ...diplomacy.slice(0, DIPLOMACY_LISTED).map(listedDeal)]
  const partyActors = new Set([
    ...ix.data.conflicts.flatMap((c) => c.parties.map((p) => p.actor)),
    ...agreements.flatMap((a) => a.signatories.map((s) => s.party)),
  ])
  return {
    slice: {
      conflicts: ix.data.conflicts.map(listedConflict),
      agreements,
      // Which resource is at stake in which conflict: the filter, the list's chips and the preview.
      stakes: ix.data.stakes.map((s) => ({ ...thinStake(s), agreements: [] })),
      actors: ix.data.actors.filter((a) => partyActors.has(a.id)),
      resources: ix.data.resources
        .filter((r) => atStake.has(r.id) || r.id === mineral || agreements.some((a) => a.resources?.includes(r.id)))
        .map((r) => ({ ...r, uses: undefined, chinaShares: [], sources: undefined })),
      sites: ix.data.sites.map((s) => ({ ...s, note: undefined, sources: [] })),
      usgs: table ? [thinTable(table)] : [],
    },
    extra: {
      countries: mapCountries,
      countryChoices: countryChoices(mapCountries),
      regions: REGION_PRESETS.map((p) => ({ id: p.id, name: p.name, zoom: presetZoom(p, countries, projection) })),
      markers,
      sites,
      deals: conflictDeals(ix),
      diplomacy: diplomacySpan(diplomacy),
      layers: layerMinerals(ix),
      resources: ix.data.resources
        .filter((r) => atStake.has(r.id))
        .map((r) => ({ id: r.id, name: r.name }))
        .sort((a, b) => byText(a.name, b.name)),
    },
  }
}
