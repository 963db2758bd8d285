/**
 * The home map's page model: from the page's records and the view, how each
 * country is shaded, the markers, the caption and the choices the controls offer.
 * Pure; the page renders what it returns.
 */
import type { Conflict } from '../../data/schema'
import { currentStatus, type CountryShare, type DatasetIndex } from '../../data/selectors'
import { countryName } from '../../data/countryName'
import { filterConflicts, mapCaption, mineralLayer, partyStatusByCountry, shareClass } from '../../map/mapModel'
import type { MapView, MapVocabulary } from '../../map/mapParams'
import { CONFLICT_STATUS_VAR } from '../../lib/labels'
import type { CountryLook, MapMarker } from '../../map/WorldMap'
import type { MapExtra } from './mapData'

export interface MapPageModel {
  shown: Conflict[]
  shares: Map<string, CountryShare> | null
  looks: Map<string, CountryLook>
  defaultFill: string
  markers: MapMarker[]
  caption: string
  mineralName: string | null
}

/** What the URL may name on this page. */
export function mapVocabulary(ix: DatasetIndex, extra: MapExtra, countries: readonly string[]): MapVocabulary {
  return {
    minerals: extra.layers.map((m) => m.id),
    resources: extra.resources.map((r) => r.id),
    conflicts: ix.data.conflicts.map((c) => c.id),
    countries,
  }
}

export function mapPageModel(ix: DatasetIndex, extra: MapExtra, view: MapView, shown: Conflict[]): MapPageModel {
  const partyStatus = partyStatusByCountry(ix, shown)
  const shares = view.mineral ? mineralLayer(ix, view.mineral, view.measure) : null
  const looks = new Map<string, CountryLook>()
  const isos = new Set<string>([...partyStatus.keys(), ...(shares?.keys() ?? [])])
  if (view.country) isos.add(view.country)
  for (const iso of isos) {
    const status = partyStatus.get(iso)
    const share = shares?.get(iso)
    let fill = 'var(--land)'
    if (shares) fill = share && share.share !== null ? `var(--seq-${shareClass(share.share)})` : 'var(--land-nodata)'
    else if (status) fill = CONFLICT_STATUS_VAR[status]
    looks.set(iso, {
      fill,
      party: status !== undefined,
      highlighted: view.country === iso,
      label: `${countryName(iso)}: open its conflict page`,
    })
  }
  const markers = shown.map((c): MapMarker => {
    const [x, y] = extra.markers[c.id] ?? [0, 0]
    return {
      id: c.id,
      x,
      y,
      fill: CONFLICT_STATUS_VAR[currentStatus(c).status],
      label: `${c.name}: open the conflict page`,
      selected: view.conflict === c.id,
    }
  })
  return {
    shown,
    shares,
    looks,
    defaultFill: shares ? 'var(--land-nodata)' : 'var(--land)',
    markers,
    caption: mapCaption(ix, view, shown),
    mineralName: view.mineral ? (ix.resources.get(view.mineral)?.name ?? null) : null,
  }
}

export { filterConflicts }
