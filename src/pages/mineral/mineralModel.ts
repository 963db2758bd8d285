/** The mineral page's model: the USGS table for a measure, its map shading, rankings, claims and deals. Pure. */
import {
  agreementsOfResource,
  collectSources,
  concentration,
  conflictsOfResource,
  countryShares,
  partyIso3s,
  type DatasetIndex,
  type Measure,
} from '../../data/selectors'
import { countryName } from '../../data/countryName'
import { mineralLayer, shareClass } from '../../map/mapModel'
import type { CountryLook } from '../../map/WorldMap'

export function mineralModel(ix: DatasetIndex, mineralId: string, measure: Measure) {
  const resource = ix.resources.get(mineralId)
  const table = resource?.usgs ? ix.usgs.get(resource.usgs) : undefined
  if (!resource || !table || resource.kind !== 'mineral') return null
  const conflicts = conflictsOfResource(ix, mineralId)
  const partyIsos = new Set(conflicts.flatMap((c) => partyIso3s(ix, c)))
  const looks = new Map<string, CountryLook>()
  for (const [iso, s] of mineralLayer(ix, mineralId, measure)) {
    looks.set(iso, {
      fill: s.share !== null ? `var(--seq-${shareClass(s.share)})` : 'var(--land-nodata)',
      party: false,
      highlighted: partyIsos.has(iso),
      label: countryName(iso),
    })
  }
  for (const iso of partyIsos)
    if (!looks.has(iso))
      looks.set(iso, { fill: 'var(--land-nodata)', party: false, highlighted: true, label: countryName(iso) })
  const shares = countryShares(table, measure)
  const claims = ix.data.stakes
    .filter((s) => s.resource === resource.id)
    .flatMap((s) => s.figures.filter((f) => f.basis === 'claim').map((f) => ({ f, s })))
  const conc = concentration(table, measure)
  return {
    resource,
    table,
    looks,
    partyIsos,
    shares,
    max: Math.max(...shares.filter((s) => s.value !== null).map((s) => s.share ?? 0), 1),
    conc,
    leader: conc.leader,
    deals: agreementsOfResource(ix, resource.id),
    conflicts,
    claims,
    sources: collectSources(
      ix,
      resource,
      claims.map((c) => c.f),
    ),
    world: measure === 'reserves' ? table.world.reserves : table.world.production.latest,
    unit: measure === 'reserves' ? table.reservesUnit : table.productionUnit,
    hasReserves: table.world.reserves.value !== null || table.rows.some((r) => r.reserves.value !== null),
  }
}
