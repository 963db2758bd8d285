/** URL state of the minerals index (sorting) and of a mineral page (measure). Pure. */
import type { Measure } from '../../data/selectors'
import { pickOne } from '../../lib/urlState'

export const MINERAL_SORTS = ['name', 'reserves', 'leader', 'top3', 'hhi', 'china', 'deals'] as const
export type MineralSort = (typeof MINERAL_SORTS)[number]

export interface MineralsView {
  sort: MineralSort
  dir: 'asc' | 'desc'
}

export const DEFAULT_MINERALS_VIEW: MineralsView = { sort: 'name', dir: 'asc' }

export function parseMineralsParams(sp: URLSearchParams): MineralsView {
  return { sort: pickOne(sp, 'sort', MINERAL_SORTS, 'name'), dir: pickOne(sp, 'dir', ['asc', 'desc'] as const, 'asc') }
}

export function toMineralsParams(v: MineralsView): URLSearchParams {
  const sp = new URLSearchParams()
  if (v.sort !== 'name') sp.set('sort', v.sort)
  if (v.dir !== 'asc') sp.set('dir', v.dir)
  return sp
}

export interface MineralView {
  measure: Measure
}

export function parseMineralParams(sp: URLSearchParams): MineralView {
  return { measure: pickOne(sp, 'measure', ['reserves', 'production'] as const, 'reserves') }
}

export function toMineralParams(v: MineralView): URLSearchParams {
  const sp = new URLSearchParams()
  if (v.measure !== 'reserves') sp.set('measure', v.measure)
  return sp
}
