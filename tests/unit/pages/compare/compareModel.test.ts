import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../../src/data/schema'
import {
  DEFAULT_COMPARE_VIEW,
  addedDeal,
  comparePath,
  parseCompareParams,
  toCompareSearch,
  withAdded,
} from '../../../../src/lib/compareParams'
import { dealColumn, stanceCounts, termRows } from '../../../../src/pages/compare/compareModel'
import { compareExtra } from '../../../../src/pages/compare/compareSummaries'
import { route as compareRoute } from '../../../../src/pages/compare/route'
import { dealModel } from '../../../../src/pages/deal/dealModel'
import { route as dealRoute } from '../../../../src/pages/deal/route'
import { makeFixture } from '../../../fixtures/dataset'
import { fixtureContext, pageIndex } from '../routeContext'

const vocab = { deals: ['a', 'b', 'c', 'd'], conflicts: ['x', 'y'] }

describe(parseCompareParams, () => {
  it('reads comma lists and repeated keys alike, keeping known ids once, at most three', () => {
    expect(parseCompareParams(new URLSearchParams('deals=a,b'), vocab)).toEqual({ kind: 'deals', ids: ['a', 'b'] })
    expect(parseCompareParams(new URLSearchParams('deals=a&deals=b&deals='), vocab)).toEqual({
      kind: 'deals',
      ids: ['a', 'b'],
    })
    expect(parseCompareParams(new URLSearchParams('deals=a,zz,a,b,c,d'), vocab).ids).toEqual(['a', 'b', 'c'])
  })

  it('falls back to conflicts when no deal is known, and to nothing chosen when neither is', () => {
    expect(parseCompareParams(new URLSearchParams('deals=zz&conflicts=y,x'), vocab)).toEqual({
      kind: 'conflicts',
      ids: ['y', 'x'],
    })
    expect(parseCompareParams(new URLSearchParams('deals=%00&conflicts=,'), vocab)).toEqual(DEFAULT_COMPARE_VIEW)
  })

  it('toCompareSearch(v) keeps commas readable and round-trips; nothing chosen is the bare page', () => {
    const v = { kind: 'deals' as const, ids: ['a', 'c'] }
    expect(toCompareSearch(v)).toBe('deals=a,c')
    expect(parseCompareParams(new URLSearchParams(toCompareSearch(v)), vocab)).toEqual(v)
    expect(comparePath(DEFAULT_COMPARE_VIEW)).toBe('/compare')
  })

  it('addedDeal(sp) reads the deal an "Add to compare" link adds, if known', () => {
    expect(addedDeal(new URLSearchParams('add=b'), vocab)).toBe('b')
    expect(addedDeal(new URLSearchParams('add=zz'), vocab)).toBeNull()
  })

  it('withAdded(v, kind, id) appends once, drops the oldest past three, and starts afresh for the other kind', () => {
    expect(withAdded({ kind: 'deals', ids: ['a', 'b'] }, 'deals', 'a').ids).toEqual(['b', 'a'])
    expect(withAdded({ kind: 'deals', ids: ['a', 'b', 'c'] }, 'deals', 'd').ids).toEqual(['b', 'c', 'd'])
    expect(withAdded({ kind: 'deals', ids: ['a'] }, 'conflicts', 'x')).toEqual({ kind: 'conflicts', ids: ['x'] })
  })
})

/** The fixture with a second deal that shares a term, and a status on one provision. */
function fixture(): Dataset {
  const d = makeFixture()
  const june = d.agreements[1]!
  june.provisions = [{ n: 1, text: 'June minerals', terms: ['mineral'], sources: ['src-a'], verification: 'verified' }]
  june.signatories = [{ party: 'rwanda' }]
  d.implementation = [
    {
      agreement: 'deal-dec',
      provision: 1,
      history: [
        { date: '2026-01', status: 'in-progress', note: 'Moving.', sources: ['src-a'], verification: 'verified' },
      ],
    },
  ]
  return d
}

const ctx = fixtureContext(fixture())
/** A deal's model as the compare page builds it: from the deal page's own route data. */
const modelFromDealData = (id: string) => dealModel(pageIndex(ctx, dealRoute.data(ctx, { dealId: id })!.slice), id)!
const extra = compareExtra(ctx.ix)

describe('the deal comparison', () => {
  const cols = ['deal-dec', 'deal-june'].map((id) => dealColumn(modelFromDealData(id), extra.dealMinerals[id] ?? []))

  it('dealColumn(model) gives parties, type, date, roll-up and minerals with USGS shares of the signatory states', () => {
    const [dec] = cols
    expect(dec).toMatchObject({ name: 'December accords', type: 'Peace agreement', date: '4 December 2025' })
    expect(dec!.parties).toEqual(['Democratic Republic of the Congo'])
    expect(dec!.brokers).toEqual(['United States'])
    expect(dec!.rollUp).toMatchObject({ total: 2, progress: 1, none: 1 })
    const cobalt = dec!.minerals.find((m) => m.id === 'cobalt')!
    expect(cobalt.edition).toBe('MCS 2026')
    // 6,000,000 of 12,000,000 t of reserves; 230,000 of 310,000 t of 2025 production.
    expect(cobalt.shares[0]).toMatchObject({ iso3: 'COD', reserves: 50, leader: false })
    expect(cobalt.shares[0]!.production).toBeCloseTo(74.19, 2)
    expect(cobalt.shares[0]!.withheld).toBeUndefined()
    expect(dec!.stances.map((s) => s.expert)).toEqual(['An Expert'])
  })

  it('termRows(columns) lines up each term’s provisions per deal, with empty cells where a deal lacks it', () => {
    const rows = termRows(cols)
    expect(rows.map((r) => r.term)).toEqual(['mineral', 'preferential-access', 'security'])
    expect(rows[0]!.cells.map((c) => c.map((p) => p.href))).toEqual([
      ['/deals/deal-dec#provision-1'],
      ['/deals/deal-june#provision-1'],
    ])
    expect(rows[0]!.cells[0]![0]!.state).toBe('in-progress')
    expect(rows[2]!.cells[1]).toEqual([])
  })

  it('stanceCounts(stances) counts skeptical first', () => {
    expect(stanceCounts([{ stance: 'mixed' }, { stance: 'skeptical' }, { stance: 'skeptical' }])).toBe(
      '2 skeptical, 1 mixed',
    )
    expect(stanceCounts([])).toBe('')
  })
})

describe('the compare route data', () => {
  it('carries the chooser’s catalogue of agreements and a summary of every conflict, without any record itself', () => {
    const d = compareRoute.data(ctx, {})!
    expect(d.slice).toEqual({})
    const x = d.extra as typeof extra
    expect(x.deals.map((a) => a.id)).toEqual(['deal-dec', 'deal-june'])
    const drc = x.conflicts.find((c) => c.id === 'drc-rwanda')!
    expect(drc.deals.map((a) => [a.id, a.provisions, a.progress])).toEqual([
      ['deal-june', 1, 0],
      ['deal-dec', 2, 1],
    ])
    expect(drc.minerals[0]!.shares.map((s) => s.iso3)).toEqual(['COD'])
    expect(drc.stances).toHaveLength(1)
  })
})
