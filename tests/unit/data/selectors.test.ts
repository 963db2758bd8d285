import { describe, expect, it } from 'vitest'
import {
  agreementsOfConflict,
  agreementsOfResource,
  collectSources,
  concentration,
  conflictsOfCountry,
  countryShares,
  currentStatus,
  makeIndex,
  stakeBars,
  statusAsOf,
} from '../../../src/data/selectors'
import { makeFixture } from '../../fixtures/dataset'

const ix = makeIndex(makeFixture())
const drc = ix.conflicts.get('drc-rwanda')!
const cobalt = ix.usgs.get('cobalt')!

describe(agreementsOfConflict, () => {
  it('agreementsOfConflict(ix, id) lists a conflict’s deals oldest first', () => {
    expect(agreementsOfConflict(ix, 'drc-rwanda').map((a) => a.id)).toEqual(['deal-june', 'deal-dec'])
  })
  it('agreementsOfConflict(ix, id) is empty for an unknown conflict', () => {
    expect(agreementsOfConflict(ix, 'nope')).toEqual([])
  })
})

describe(statusAsOf, () => {
  it('statusAsOf(c, date) gives the entry in force on that date', () => {
    expect(statusAsOf(drc, '2025-08-01')?.status).toBe('ceasefire')
    expect(statusAsOf(drc, '2025-12-10')?.status).toBe('active-conflict')
  })
  it('statusAsOf(c, date) is null before the first entry', () => {
    expect(statusAsOf(drc, '2025-01-01')).toBeNull()
  })
  it('currentStatus(c) is the latest entry', () => {
    expect(currentStatus(drc).label).toBe('Fighting resumes')
  })
})

describe(countryShares, () => {
  it('countryShares(table, "reserves") ranks countries and computes shares of the world total', () => {
    const s = countryShares(cobalt, 'reserves')
    expect(s[0]).toMatchObject({ iso3: 'COD', value: 6_000_000, share: 50 })
    expect(s.at(-1)).toMatchObject({ iso3: 'USA', value: null, share: null })
  })
  it('countryShares(table, "production") uses the latest year', () => {
    expect(countryShares(cobalt, 'production')[0]?.share).toBeCloseTo((230000 / 310000) * 100, 6)
  })
})

describe(concentration, () => {
  it('concentration(table, measure) gives the top-three share and the HHI of listed countries', () => {
    const c = concentration(cobalt, 'reserves')
    // Reserves shares: DRC 50%, Australia 14.17%, Indonesia 6.33%; the United States has no figure.
    // Top three: 50 + 14.17 + 6.33 = 70.5. HHI: 2,500 + 200.69 + 40.11 = 2,740.81.
    expect(c.top3).toBeCloseTo(70.5, 6)
    expect(c.hhi).toBeCloseTo(2740.81, 2)
    expect(c.leader?.iso3).toBe('COD')
  })
})

describe(stakeBars, () => {
  it('stakeBars(ix, conflict, resource, measure) lists each party state and marks the leader', () => {
    const bars = stakeBars(ix, drc, 'cobalt', 'reserves')
    expect(bars.map((b) => [b.iso3, b.isLeader])).toEqual([
      ['COD', true],
      ['RWA', false],
    ])
    expect(bars[1]?.share).toBeNull()
  })
  it('stakeBars(...) adds the world leader when no party leads', () => {
    const ks = ix.conflicts.get('kosovo-serbia')!
    const bars = stakeBars(ix, ks, 'cobalt', 'production')
    expect(bars.at(-1)).toMatchObject({ iso3: 'COD', isParty: false, isLeader: true })
  })
})

describe(conflictsOfCountry, () => {
  it('conflictsOfCountry(ix, iso3) gives the conflicts and roles of a state', () => {
    expect(conflictsOfCountry(ix, 'USA').map((r) => [r.conflict.id, r.role])).toEqual([['drc-rwanda', 'mediator']])
    expect(conflictsOfCountry(ix, 'XKX').map((r) => r.conflict.id)).toEqual(['kosovo-serbia'])
  })
})

describe(agreementsOfResource, () => {
  it('agreementsOfResource(ix, id) gives the deals a stake ties to the resource', () => {
    expect(agreementsOfResource(ix, 'cobalt').map((a) => a.id)).toEqual(['deal-dec'])
  })
})

describe(collectSources, () => {
  it('collectSources(ix, ...records) numbers sources in first-cited order without repeats', () => {
    expect(collectSources(ix, drc, ix.agreements.get('deal-dec')).map((s) => s.id)).toEqual(['src-a', 'src-b'])
  })
})
