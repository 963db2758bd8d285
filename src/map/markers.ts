/** Where each conflict's marker sits: the centroid of one of its party states. Pure. */
import type { Conflict } from '../data/schema'
import { partyIso3s, type DatasetIndex } from '../data/selectors'
import { sphericalArea, type CountryFeature } from './geo'

/**
 * Cartographic overrides where the default (the smallest party state) would put
 * two markers on one country: Israel is a party to two conflicts.
 */
const MARKER_ANCHOR: Record<string, string> = { 'israel-iran': 'IRN' }

/** ISO code of the country whose centroid anchors the conflict's marker. */
export function markerAnchor(
  ix: DatasetIndex,
  conflict: Conflict,
  countries: readonly CountryFeature[],
): string | null {
  const override = MARKER_ANCHOR[conflict.id]
  if (override) return override
  const byIso = new Map(countries.filter((c) => c.iso3).map((c) => [c.iso3 as string, c]))
  const candidates = partyIso3s(ix, conflict)
    .map((iso) => byIso.get(iso))
    .filter((c): c is CountryFeature => c !== undefined)
    .sort((a, b) => sphericalArea(a.feature) - sphericalArea(b.feature))
  return candidates[0]?.iso3 ?? null
}
