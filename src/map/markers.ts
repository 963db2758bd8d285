/** Where each conflict's marker sits: the centroid of one of its party states. Pure. */
import type { Conflict } from '../data/schema'
import { partyIso3s, type DatasetIndex } from '../data/selectors'
import { sphericalArea, type CountryFeature } from './geo'

/**
 * ISO code of the country whose centroid anchors the conflict's marker: the one
 * the data names (`locator.marker`, where the default would put two markers on one
 * country, as Israel is a party to two conflicts), else the smallest party state.
 */
export function markerAnchor(
  ix: DatasetIndex,
  conflict: Conflict,
  countries: readonly CountryFeature[],
): string | null {
  const override = conflict.locator?.marker
  if (override) return override
  const byIso = new Map(countries.filter((c) => c.iso3).map((c) => [c.iso3 as string, c]))
  const candidates = partyIso3s(ix, conflict)
    .map((iso) => byIso.get(iso))
    .filter((c): c is CountryFeature => c !== undefined)
    .sort((a, b) => sphericalArea(a.feature) - sphericalArea(b.feature))
  return candidates[0]?.iso3 ?? null
}
