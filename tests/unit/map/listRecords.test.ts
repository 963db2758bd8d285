import { describe, expect, it } from 'vitest'
import { cardsCut, listedConflict } from '../../../src/map/listRecords'
import { conflictDeals, hasMineralDealBy } from '../../../src/map/conflictDeals'
import { makeIndex } from '../../../src/data/selectors'
import { makeFixture } from '../../fixtures/dataset'

const ix = makeIndex(makeFixture())

describe(cardsCut, () => {
  it('shows the first cards of a long list until the reader asks for all', () => {
    expect(cardsCut(450, -1, 24, false)).toBe(24)
    expect(cardsCut(450, -1, 24, true)).toBeNull()
  })

  it('shows a short list whole, and a long one whole when the selected card lies past the cut', () => {
    expect(cardsCut(24, -1, 24, false)).toBeNull()
    expect(cardsCut(9, 3, 24, false)).toBeNull()
    expect(cardsCut(450, 23, 24, false)).toBe(24)
    expect(cardsCut(450, 24, 24, false)).toBeNull()
    expect(cardsCut(450, -1, undefined, false)).toBeNull()
  })
})

describe(conflictDeals, () => {
  // The fixture: DRC–Rwanda has a peace agreement with a minerals provision; Kosovo–Serbia one statement.
  const deals = conflictDeals(ix)

  it('sums up each conflict’s deal types and its first minerals deal', () => {
    expect(deals['kosovo-serbia']?.types).toEqual(['statement'])
    expect(deals['kosovo-serbia']?.firstMineralDeal).toBeNull()
    const first = deals['drc-rwanda']?.firstMineralDeal
    expect(first).toMatch(/^\d{4}/)
  })

  it('counts a minerals deal from the day it was signed on', () => {
    const first = deals['drc-rwanda']!.firstMineralDeal!
    expect(hasMineralDealBy(deals, 'drc-rwanda', null)).toBe(true)
    expect(hasMineralDealBy(deals, 'drc-rwanda', first)).toBe(true)
    expect(hasMineralDealBy(deals, 'drc-rwanda', '2000-01-01')).toBe(false)
    expect(hasMineralDealBy(deals, 'nowhere', null)).toBe(false)
  })
})

describe(listedConflict, () => {
  it('keeps each status and its date, without the label of the change', () => {
    const c = ix.data.conflicts[0]!
    const listed = listedConflict(c)
    expect(listed.statusHistory.map((s) => [s.date, s.status])).toEqual(c.statusHistory.map((s) => [s.date, s.status]))
    expect(listed.statusHistory.every((s) => s.label === '' && s.sources.length === 0)).toBe(true)
  })
})
