import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../src/data/schema'
import { conflictDeals } from '../../../src/map/conflictDeals'
import { makeIndex } from '../../../src/data/selectors'
import {
  SHARE_CLASS_LABELS,
  filterConflicts,
  layerMinerals,
  mapCaption,
  mineralLayer,
  partyStatusByCountry,
  shareClass,
} from '../../../src/map/mapModel'
import { DEFAULT_MAP_VIEW, type MapView } from '../../../src/map/mapParams'
import { makeFixture } from '../../fixtures/dataset'

const ix = makeIndex(makeFixture())
const deals = conflictDeals(ix)
const view = (v: Partial<MapView>): MapView => ({ ...DEFAULT_MAP_VIEW, ...v })
const ids = (cs: ReadonlyArray<{ id: string }>) => cs.map((c) => c.id)

// The fixture: DRC–Rwanda (Central Africa, fighting again, a peace agreement with a minerals provision, a cobalt stake)
// and Kosovo–Serbia (Europe, no armed conflict, one statement).
describe(filterConflicts, () => {
  it('shows every conflict when no filter is set', () => {
    expect(ids(filterConflicts(ix, DEFAULT_MAP_VIEW, deals))).toEqual(['drc-rwanda', 'kosovo-serbia'])
  })

  it('filters on the current status, the region, the resource at stake and the type of agreement', () => {
    expect(ids(filterConflicts(ix, view({ status: ['active-conflict'] }), deals))).toEqual(['drc-rwanda'])
    expect(ids(filterConflicts(ix, view({ region: ['Europe'] }), deals))).toEqual(['kosovo-serbia'])
    expect(ids(filterConflicts(ix, view({ resource: 'cobalt' }), deals))).toEqual(['drc-rwanda'])
    expect(ids(filterConflicts(ix, view({ type: ['statement'] }), deals))).toEqual(['kosovo-serbia'])
  })

  it('treats values within one filter as alternatives and separate filters as all required', () => {
    expect(ids(filterConflicts(ix, view({ status: ['active-conflict', 'no-armed-conflict'] }), deals))).toEqual([
      'drc-rwanda',
      'kosovo-serbia',
    ])
    expect(filterConflicts(ix, view({ status: ['active-conflict'], region: ['Europe'] }), deals)).toEqual([])
  })

  it('filters on the status now, not on an earlier one', () => {
    // DRC–Rwanda was in ceasefire from June to December 2025.
    expect(filterConflicts(ix, view({ status: ['ceasefire'] }), deals)).toEqual([])
  })
})

describe(partyStatusByCountry, () => {
  it('shades each belligerent and backer state with its conflict’s current status, and no mediator', () => {
    const m = partyStatusByCountry(ix, ix.data.conflicts)
    expect(Object.fromEntries(m)).toEqual({
      COD: 'active-conflict',
      RWA: 'active-conflict',
      XKX: 'no-armed-conflict',
      SRB: 'no-armed-conflict',
    })
  })

  it('shades a state that is party to two conflicts with the more severe status, whatever the order', () => {
    const d: Dataset = makeFixture()
    d.conflicts[1]!.parties.push({ actor: 'rwanda', role: 'backer' })
    const both = makeIndex(d)
    expect(partyStatusByCountry(both, both.data.conflicts).get('RWA')).toBe('active-conflict')
    expect(partyStatusByCountry(both, [...both.data.conflicts].reverse()).get('RWA')).toBe('active-conflict')
  })

  it('shades only the states of the conflicts shown', () => {
    const kosovoOnly = partyStatusByCountry(ix, [ix.conflicts.get('kosovo-serbia')!])
    expect([...kosovoOnly.keys()].sort()).toEqual(['SRB', 'XKX'])
  })
})

describe(shareClass, () => {
  it('puts each break in the class above it', () => {
    expect([0, 0.99, 1, 4.99, 5, 14.99, 15, 29.99, 30, 100].map(shareClass)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4])
  })

  it('has one label per class', () => {
    expect(SHARE_CLASS_LABELS).toHaveLength(shareClass(100) + 1)
    expect(SHARE_CLASS_LABELS[shareClass(5)]).toBe('5–15%')
  })
})

describe(mineralLayer, () => {
  it('gives each listed country its share of the world, and none for a country without a figure', () => {
    const layer = mineralLayer(ix, 'cobalt', 'reserves')
    // Reserves: 6,000,000, 1,700,000 and 760,000 t of a world 12,000,000 t.
    expect(layer.get('COD')?.share).toBe(50)
    expect(layer.get('AUS')?.share).toBeCloseTo(14.1667, 4)
    expect(layer.get('IDN')?.share).toBeCloseTo(6.3333, 4)
    expect(layer.get('USA')?.share).toBeNull()
    expect(layer.has('RWA')).toBe(false)
  })

  it('uses the latest production year for production', () => {
    // 230,000 of 310,000 t in 2025.
    expect(mineralLayer(ix, 'cobalt', 'production').get('COD')?.share).toBeCloseTo(74.1935, 4)
  })

  it('is empty for a mineral without a USGS table', () => {
    expect(mineralLayer(ix, 'unobtainium', 'reserves').size).toBe(0)
  })
})

describe(mapCaption, () => {
  it('counts the conflicts and those with a minerals deal', () => {
    expect(mapCaption(ix, DEFAULT_MAP_VIEW, ix.data.conflicts, deals)).toBe('2 conflicts · 1 with minerals deals')
  })

  it('says how many of all conflicts a filter leaves', () => {
    const shown = [ix.conflicts.get('kosovo-serbia')!]
    expect(mapCaption(ix, view({ region: ['Europe'] }), shown, deals)).toBe('1 of 2 conflicts · 0 with minerals deals')
  })

  it('names the mineral layer and its measure', () => {
    expect(mapCaption(ix, view({ mineral: 'cobalt' }), ix.data.conflicts, deals)).toBe(
      '2 conflicts · 1 with minerals deals · showing cobalt reserves',
    )
    expect(mapCaption(ix, view({ mineral: 'cobalt', measure: 'production' }), ix.data.conflicts, deals)).toBe(
      '2 conflicts · 1 with minerals deals · showing cobalt production',
    )
  })
})

describe(layerMinerals, () => {
  it('offers the minerals that have a USGS table with rows', () => {
    expect(layerMinerals(ix)).toEqual([{ id: 'cobalt', name: 'Cobalt' }])
    const d = makeFixture()
    d.usgs[0]!.rows = []
    expect(layerMinerals(makeIndex(d))).toEqual([])
  })
})
