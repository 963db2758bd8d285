/**
 * The home map's page model: from the page's records and the view, how each
 * country is shaded, the markers, the caption and the choices the controls offer.
 * Pure; the page renders what it returns.
 */
import type { Conflict } from '../../data/schema'
import { currentStatus, type CountryShare, type DatasetIndex } from '../../data/selectors'
import { filterConflicts, mapCaption, mineralLayer, partyStatusByCountry, shareClass } from '../../map/mapModel'
import type { MapView, MapVocabulary } from '../../map/mapParams'
import { countryAccessibleName, markerName } from '../../map/mapPreview'
import { mediatorIsos } from '../../map/mapRoles'
import { statusOn } from '../../map/mapDate'
import { CONFLICT_STATUS_VAR } from '../../lib/labels'
import { statusToken } from '../../components/Badges'
import type { CountryLook, MapMarker } from '../../map/WorldMap'
import type { MapExtra } from './mapData'
import { byText } from '../../lib/textOrder'

export interface MapPageModel {
  shown: Conflict[]
  shares: Map<string, CountryShare> | null
  looks: Map<string, CountryLook>
  defaultFill: string
  markers: MapMarker[]
  /** The map's items in the order of the list, for the arrow keys: each conflict's marker, then its states. */
  focusOrder: string[]
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

/** The choices of "find a country": every country with a code, in name order. */
export const countryChoices = (countries: MapExtra['countries']): Array<{ iso3: string; name: string }> =>
  countries
    .filter((c): c is typeof c & { iso3: string } => c.iso3 !== null)
    .map((c) => ({ iso3: c.iso3, name: c.name }))
    .sort((a, b) => byText(a.name, b.name))

/** The key of a map item in the focus order and on its element (`data-focus-key`). */
export const focusKey = (kind: 'country' | 'marker', id: string): string => `${kind}:${id}`

export function mapPageModel(ix: DatasetIndex, extra: MapExtra, view: MapView, shown: Conflict[]): MapPageModel {
  const partyStatus = partyStatusByCountry(ix, shown, view.date)
  const mediators = mediatorIsos(ix, shown)
  const shares = view.mineral ? mineralLayer(ix, view.mineral, view.measure) : null
  const looks = new Map<string, CountryLook>()
  const isos = new Set<string>([...partyStatus.keys(), ...mediators, ...(shares?.keys() ?? [])])
  if (view.country) isos.add(view.country)
  for (const iso of isos) {
    const status = partyStatus.get(iso)
    const share = shares?.get(iso)
    // On a mineral layer the fill is the share: only the parties are outlined.
    const mediator = !shares && mediators.has(iso)
    let fill = 'var(--land)'
    if (shares) fill = share && share.share !== null ? `var(--seq-${shareClass(share.share)})` : 'var(--land-nodata)'
    // Stripes mark a mediator, over the status of the conflict it is itself a party to, if any.
    else if (mediator) fill = `url(#stripes-${status ? statusToken(status) : 'land'})`
    else if (status) fill = CONFLICT_STATUS_VAR[status]
    const interactive = status !== undefined || mediator
    looks.set(iso, {
      fill,
      party: status !== undefined,
      mediator,
      highlighted: view.country === iso,
      label: interactive ? countryAccessibleName(ix, iso, shown, view.date) : undefined,
    })
  }
  const markers = shown.map((c): MapMarker => {
    const [x, y] = extra.markers[c.id] ?? [0, 0]
    return {
      id: c.id,
      x,
      y,
      fill: CONFLICT_STATUS_VAR[(statusOn(c, view.date) ?? currentStatus(c)).status],
      label: markerName(ix, c, view.date),
      selected: view.conflict === c.id,
    }
  })
  const focusOrder: string[] = []
  for (const c of shown) {
    focusOrder.push(focusKey('marker', c.id))
    for (const p of c.parties) {
      const iso = ix.actors.get(p.actor)?.iso3
      const key = iso && looks.get(iso)?.label ? focusKey('country', iso) : null
      if (key && !focusOrder.includes(key)) focusOrder.push(key)
    }
  }
  return {
    shown,
    shares,
    looks,
    defaultFill: shares ? 'var(--land-nodata)' : 'var(--land)',
    markers,
    focusOrder,
    caption: mapCaption(ix, view, shown, extra.deals),
    mineralName: view.mineral ? (ix.resources.get(view.mineral)?.name ?? null) : null,
  }
}

export { filterConflicts }
