import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../src/data/schema'
import { makeIndex } from '../../../src/data/selectors'
import { countryAccessibleName, markerName, previewCard, tooltipLines } from '../../../src/map/mapPreview'
import { listNames } from '../../../src/map/mapRoles'
import { makeFixture } from '../../fixtures/dataset'

const ix = makeIndex(makeFixture())
const all = ix.data.conflicts

/** The fixture with the United States a belligerent in Kosovo–Serbia too: a mediator and a party, as in the data. */
function withDoubleRole(): Dataset {
  const d = makeFixture()
  const ks = d.conflicts.find((c) => c.id === 'kosovo-serbia')!
  ks.parties.push({ actor: 'united-states', role: 'belligerent' })
  return d
}

// The fixture: DRC–Rwanda (fighting again since 10 December 2025, the December accords, cobalt at stake, the
// United States mediating) and Kosovo–Serbia (no armed conflict, one statement, no deal).
describe(previewCard, () => {
  it('gives a marker its status with the date, the White House claim, the latest deal, the minerals and its page', () => {
    const card = previewCard(ix, { kind: 'marker', id: 'drc-rwanda' }, all)!
    expect(card.title).toBe('DRC–Rwanda and M23')
    expect(card.roleLine).toBeNull()
    const [s] = card.conflicts
    expect(s).toMatchObject({
      statusLabel: 'Fighting continues',
      asOf: '10 December 2025',
      claim: 'The White House counts it among the wars it says it ended',
      latestDeal: { name: 'December accords', href: '/deals/deal-dec', date: '4 December 2025' },
      href: '/conflicts/drc-rwanda',
    })
    expect(s!.minerals).toContain('Cobalt')
  })

  it('gives a state that only mediates its mediations as links, and no party status', () => {
    const card = previewCard(ix, { kind: 'country', id: 'USA' }, all)!
    expect(card.roleLine).toBe('Mediator in DRC–Rwanda')
    expect(card.conflicts).toEqual([])
    expect(card.mediations).toEqual([{ id: 'drc-rwanda', name: 'DRC–Rwanda', href: '/conflicts/drc-rwanda' }])
  })

  it('tells a state’s two roles apart: the conflict it fights in, with its status, and the one it mediates', () => {
    const dix = makeIndex(withDoubleRole())
    const card = previewCard(dix, { kind: 'country', id: 'USA' }, dix.data.conflicts)!
    expect(card.roleLine).toBe('Belligerent in Kosovo–Serbia; mediator in DRC–Rwanda')
    expect(card.conflicts.map((c) => [c.id, c.role, c.statusLabel])).toEqual([
      ['kosovo-serbia', 'belligerent', 'No armed conflict'],
    ])
    expect(card.conflicts[0]!.latestDeal).toBeNull()
  })

  it('has nothing for a state with no role, or a conflict the filters hide', () => {
    expect(previewCard(ix, { kind: 'country', id: 'FRA' }, all)).toBeNull()
    expect(previewCard(ix, { kind: 'marker', id: 'drc-rwanda' }, all.slice(1))).toBeNull()
  })
})

describe(tooltipLines, () => {
  it('keeps to the top items and counts the rest', () => {
    const dix = makeIndex(withDoubleRole())
    expect(tooltipLines(dix, { kind: 'country', id: 'USA' }, dix.data.conflicts, 1)).toEqual([
      'Belligerent: Kosovo–Serbia · No armed conflict',
      'Mediator: DRC–Rwanda',
    ])
    expect(tooltipLines(ix, { kind: 'marker', id: 'kosovo-serbia' }, all)).toEqual([
      'No armed conflict · as of 4 September 2020',
    ])
  })
})

describe(listNames, () => {
  it('lists up to `max` names, then says how many more', () => {
    expect(listNames(['A'])).toBe('A')
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C')
    expect(listNames(['A', 'B', 'C', 'D', 'E'], 3)).toBe('A, B, C and 2 more')
  })
})

describe('the accessible names of the map’s items', () => {
  it('say the country, each of its conflicts and their status, or the conflict and its status', () => {
    const dix = makeIndex(withDoubleRole())
    expect(countryAccessibleName(dix, 'USA', dix.data.conflicts)).toBe(
      'United States of America: belligerent in Kosovo–Serbia (No armed conflict); mediator in DRC–Rwanda',
    )
    expect(markerName(ix, ix.conflicts.get('drc-rwanda')!)).toBe(
      'DRC–Rwanda and M23: Fighting continues, as of 10 December 2025',
    )
  })
})
