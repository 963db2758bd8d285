import { describe, expect, it } from 'vitest'
import {
  DEFAULT_MINERALS_VIEW,
  MINERAL_SORTS,
  parseMineralParams,
  parseMineralsParams,
  toMineralParams,
  toMineralsParams,
} from '../../../../src/pages/mineral/mineralParams'

const sp = (q: string) => new URLSearchParams(q)

describe(parseMineralsParams, () => {
  it('reads the sort column and direction', () => {
    expect(parseMineralsParams(sp('sort=hhi&dir=desc'))).toEqual({ sort: 'hhi', dir: 'desc' })
  })

  it('falls back to name, ascending, for missing or unknown values', () => {
    expect(parseMineralsParams(sp(''))).toEqual(DEFAULT_MINERALS_VIEW)
    expect(parseMineralsParams(sp('sort=price&dir=sideways'))).toEqual({ sort: 'name', dir: 'asc' })
    expect(parseMineralsParams(sp('sort=%3Cb%3E&dir='))).toEqual({ sort: 'name', dir: 'asc' })
  })

  it('takes the first valid value of a repeated parameter', () => {
    expect(parseMineralsParams(sp('sort=bogus&sort=china&sort=deals'))).toMatchObject({ sort: 'china' })
  })
})

describe(toMineralsParams, () => {
  it('leaves the defaults out, so the default view is the bare address', () => {
    expect(toMineralsParams(DEFAULT_MINERALS_VIEW).toString()).toBe('')
    expect(toMineralsParams({ sort: 'reserves', dir: 'asc' }).toString()).toBe('sort=reserves')
    expect(toMineralsParams({ sort: 'name', dir: 'desc' }).toString()).toBe('dir=desc')
  })

  it('writes a query that parses back to the same view, for every sort and direction', () => {
    for (const sort of MINERAL_SORTS)
      for (const dir of ['asc', 'desc'] as const)
        expect(parseMineralsParams(toMineralsParams({ sort, dir }))).toEqual({ sort, dir })
  })
})

describe(parseMineralParams, () => {
  it('reads the measure and falls back to reserves for anything else', () => {
    expect(parseMineralParams(sp('measure=production'))).toEqual({ measure: 'production' })
    expect(parseMineralParams(sp(''))).toEqual({ measure: 'reserves' })
    expect(parseMineralParams(sp('measure=PRODUCTION'))).toEqual({ measure: 'reserves' })
  })
})

describe(toMineralParams, () => {
  it('writes only a measure other than reserves, and round-trips', () => {
    expect(toMineralParams({ measure: 'reserves' }).toString()).toBe('')
    expect(toMineralParams({ measure: 'production' }).toString()).toBe('measure=production')
    expect(parseMineralParams(toMineralParams({ measure: 'production' }))).toEqual({ measure: 'production' })
  })
})
