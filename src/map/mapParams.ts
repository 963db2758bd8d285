/**
 * The home map's view, as held in the URL query. `parseMapParams` never throws;
 * `toMapParams` omits defaults, so the default view is the bare `/`.
 */
import type { AgreementType, ConflictStatus, Region } from '../data/schema'
import { AGREEMENT_TYPES, CONFLICT_STATUSES, REGIONS } from '../data/vocab'
import type { Measure } from '../data/selectors'
import { appendAll, pickFlag, pickMany, pickNumber, pickOne } from '../lib/urlState'
import {
  IDENTITY,
  inLinkPrecision,
  MAP_HEIGHT,
  MAP_WIDTH,
  MAX_ZOOM,
  zoomAboutCentre,
  type ZoomTransform,
} from './mapTransform'
import { PRESET_IDS } from './regionPresets'

export interface MapView {
  /** USGS-backed resource shown as a choropleth layer, or null for the conflict layer. */
  mineral: string | null
  measure: Measure
  /** Show sites (mines, deposits, corridors, venues). */
  sites: boolean
  /** Filters on the conflicts shown. */
  status: ConflictStatus[]
  resource: string | null
  type: AgreementType[]
  /** The conflicts' regions to show (`?area=Europe`). */
  region: Region[]
  /** Selected conflict (highlighted on the map and in the list). */
  conflict: string | null
  /** Country found with "find a country". */
  country: string | null
  /** A region preset framing the map (`?region=africa`), instead of a free zoom. */
  preset: string | null
  /** The day the map shows (`?date=2025-07-01`); null for the latest, the default. */
  date: string | null
  zoom: ZoomTransform
}

export const DEFAULT_MAP_VIEW: MapView = {
  mineral: null,
  measure: 'reserves',
  sites: false,
  status: [],
  resource: null,
  type: [],
  region: [],
  conflict: null,
  country: null,
  preset: null,
  date: null,
  zoom: IDENTITY,
}

/** What the parser may accept; passed in so the parser stays pure and testable. */
export interface MapVocabulary {
  minerals: readonly string[]
  resources: readonly string[]
  conflicts: readonly string[]
  countries: readonly string[]
}

const MEASURES: readonly Measure[] = ['reserves', 'production']

export function parseMapParams(sp: URLSearchParams, vocab: MapVocabulary): MapView {
  const preset = pickOne(sp, 'region', PRESET_IDS, null)
  return {
    mineral: pickOne(sp, 'mineral', vocab.minerals, null),
    measure: pickOne(sp, 'measure', MEASURES, 'reserves'),
    sites: pickFlag(sp, 'sites'),
    status: pickMany(sp, 'status', CONFLICT_STATUSES),
    resource: pickOne(sp, 'resource', vocab.resources, null),
    type: pickMany(sp, 'type', AGREEMENT_TYPES),
    // Before the presets, `region` held the conflicts' region filter (`?region=Europe`): old links still filter.
    region: REGIONS.filter((r) => sp.getAll('area').includes(r) || sp.getAll('region').includes(r)),
    conflict: pickOne(sp, 'conflict', vocab.conflicts, null),
    country: pickOne(sp, 'country', vocab.countries, null),
    preset,
    date: parseDay(sp.get('date')),
    zoom: preset ? IDENTITY : parseZoom(sp),
  }
}

/** A calendar day as YYYY-MM-DD, else null. */
function parseDay(raw: string | null): string | null {
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null
  const d = new Date(`${raw}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw ? raw : null
}

function parseZoom(sp: URLSearchParams): ZoomTransform {
  const k = pickNumber(sp, 'zk', 1, MAX_ZOOM)
  const x = pickNumber(sp, 'zx', -MAP_WIDTH * MAX_ZOOM, MAP_WIDTH)
  const y = pickNumber(sp, 'zy', -MAP_HEIGHT * MAX_ZOOM, MAP_HEIGHT)
  if (k === null || k === 1) return IDENTITY
  // A zoom written by hand without its position (`?zk=2`) is about the map's centre.
  if (x === null || y === null) return zoomAboutCentre(IDENTITY, k)
  return { k, x, y }
}

export function toMapParams(view: MapView): URLSearchParams {
  const sp = new URLSearchParams()
  if (view.mineral) sp.set('mineral', view.mineral)
  if (view.measure !== 'reserves') sp.set('measure', view.measure)
  if (view.sites) sp.set('sites', '1')
  appendAll(sp, 'status', view.status)
  if (view.resource) sp.set('resource', view.resource)
  appendAll(sp, 'type', view.type)
  appendAll(sp, 'area', view.region)
  if (view.conflict) sp.set('conflict', view.conflict)
  if (view.country) sp.set('country', view.country)
  if (view.date) sp.set('date', view.date)
  if (view.preset) sp.set('region', view.preset)
  else if (view.zoom.k !== 1) {
    const { k, x, y } = inLinkPrecision(view.zoom)
    sp.set('zk', String(k))
    sp.set('zx', String(x))
    sp.set('zy', String(y))
  }
  return sp
}

/** True when any filter narrows the conflicts shown. */
export const hasFilters = (v: MapView): boolean =>
  v.status.length > 0 || v.resource !== null || v.type.length > 0 || v.region.length > 0
