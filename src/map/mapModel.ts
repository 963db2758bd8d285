/** Pure view model of the home map: which conflicts show, how each country is shaded, the caption. */
import { bisectRight } from 'd3-array'
import type { Conflict, ConflictStatus } from '../data/schema'
import {
  CONFLICT_STATUS_ORDER,
  countryShares,
  partyIso3s,
  stakesOfConflict,
  type CountryShare,
  type DatasetIndex,
  type Measure,
} from '../data/selectors'
import type { MapView } from './mapParams'
import { statusOn } from './mapDate'
import { dealsOf, hasMineralDealBy, type DealsByConflict } from './conflictDeals'
import { byText } from '../lib/textOrder'

/**
 * Conflicts that pass the view's filters (all filters must match; values within one
 * filter are alternatives). `deals`: each conflict's deals summed up (conflictDeals.ts).
 */
export function filterConflicts(ix: DatasetIndex, view: MapView, deals: DealsByConflict): Conflict[] {
  return ix.data.conflicts.filter((c) => {
    // On a past date, only the conflicts the data follows by then, with their status then.
    const status = statusOn(c, view.date ?? null)?.status
    if (!status) return false
    if (view.status.length > 0 && !view.status.includes(status)) return false
    if (view.region.length > 0 && !view.region.includes(c.region)) return false
    if (view.resource && !stakesOfConflict(ix, c.id).some((s) => s.resource === view.resource)) return false
    if (view.type.length > 0 && !dealsOf(deals, c.id).types.some((t) => view.type.includes(t))) return false
    return true
  })
}

/**
 * The status each party state is shaded with. A state in several conflicts
 * (Israel) takes the most severe status among them.
 */
export function partyStatusByCountry(
  ix: DatasetIndex,
  conflicts: readonly Conflict[],
  date: string | null = null,
): Map<string, ConflictStatus> {
  const out = new Map<string, ConflictStatus>()
  for (const c of conflicts) {
    const status = statusOn(c, date)?.status
    if (!status) continue
    for (const iso of partyIso3s(ix, c)) {
      const prev = out.get(iso)
      if (!prev || CONFLICT_STATUS_ORDER.indexOf(status) < CONFLICT_STATUS_ORDER.indexOf(prev)) out.set(iso, status)
    }
  }
  return out
}

/** Upper bounds (exclusive) of the share classes, in percent of the world. */
export const SHARE_BREAKS = [1, 5, 15, 30] as const

/**
 * 0 (< 1%) … 4 (≥ 30%); a class's lower bound belongs to it; not a number → 0.
 * The rule of d3-scale's `scaleThreshold`, by the bisection it is built on: d3-scale
 * comes as one module, and importing it here would bring its time and linear
 * scales to the home page.
 */
export function shareClass(share: number): number {
  return Number.isNaN(share) ? 0 : bisectRight(SHARE_BREAKS, share)
}

export const SHARE_CLASS_LABELS = ['under 1%', '1–5%', '5–15%', '15–30%', '30% or more'] as const

/** Each listed country's share of the world for the mineral layer. */
export function mineralLayer(ix: DatasetIndex, mineral: string, measure: Measure): Map<string, CountryShare> {
  const res = ix.resources.get(mineral)
  const table = res?.usgs ? ix.usgs.get(res.usgs) : undefined
  const out = new Map<string, CountryShare>()
  if (!table) return out
  for (const s of countryShares(table, measure)) out.set(s.iso3, s)
  return out
}

/** One-line summary of the view, e.g. "9 conflicts · 6 with minerals deals · showing cobalt reserves". */
export function mapCaption(
  ix: DatasetIndex,
  view: MapView,
  shown: readonly Conflict[],
  deals: DealsByConflict,
): string {
  const withDeals = shown.filter((c) => hasMineralDealBy(deals, c.id, view.date ?? null)).length
  const total = ix.data.conflicts.length
  const parts = [
    shown.length === total ? `${total} conflicts` : `${shown.length} of ${total} conflicts`,
    `${withDeals} with minerals deals`,
  ]
  if (view.mineral) {
    const name = ix.resources.get(view.mineral)?.name.toLowerCase() ?? view.mineral
    parts.push(`showing ${name} ${view.measure === 'reserves' ? 'reserves' : 'production'}`)
  }
  return parts.join(' · ')
}

/** Minerals with a USGS table that can be drawn as a layer, in name order. */
export function layerMinerals(ix: DatasetIndex): Array<{ id: string; name: string }> {
  return ix.data.resources
    .filter((r) => r.usgs && (ix.usgs.get(r.usgs)?.rows.length ?? 0) > 0)
    .map((r) => ({ id: r.id, name: r.name }))
    .sort((a, b) => byText(a.name, b.name))
}
