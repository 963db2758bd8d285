import { describe, expect, it } from 'vitest'
import { stakeBars } from '../../../../src/data/selectors'
import { conflictModel, partyGroups } from '../../../../src/pages/conflict/conflictModel'
import { route } from '../../../../src/pages/conflict/route'
import { fixtureContext, pageIndex } from '../routeContext'

const ctx = fixtureContext()
const dataOf = (conflictId: string) => {
  const d = route.data(ctx, { conflictId })
  if (!d) throw new Error(`no data for ${conflictId}`)
  return d
}

describe('conflictModel', () => {
  it('returns null for an id that names no conflict', () => {
    expect(conflictModel(ctx.ix, 'drc-rwnda', '2025-01-01')).toBeNull()
  })

  it('gives the current status, the deals in date order and the newest sourced event', () => {
    const m = conflictModel(ctx.ix, 'drc-rwanda', '2025-01-01')!
    expect(m.status.label).toBe('Fighting resumes')
    expect(m.deals.map((d) => d.id)).toEqual(['deal-june', 'deal-dec'])
    expect(m.freshness).toEqual({ latestEvent: '2025-12-10', checkedThrough: '2026-01-15', note: null })
  })

  it('counts only agreements signed since the coverage starts', () => {
    const m = conflictModel(ctx.ix, 'kosovo-serbia', '2025-01-01')!
    expect(m.signedSinceStart).toBe(0)
    expect(conflictModel(ctx.ix, 'drc-rwanda', '2025-01-01')!.signedSinceStart).toBe(2)
    expect(conflictModel(ctx.ix, 'drc-rwanda', '2025-07-01')!.signedSinceStart).toBe(1)
  })
})

describe('partyGroups', () => {
  it('groups parties by role in a fixed order and names what is not a state', () => {
    const groups = partyGroups(ctx.ix, ctx.ix.conflicts.get('drc-rwanda')!)
    expect(groups.map((g) => g.heading)).toEqual(['Parties', 'Mediators'])
    expect(groups[0]!.members.map((m) => [m.name, m.kindLabel])).toEqual([
      ['Democratic Republic of the Congo', null],
      ['Rwanda', null],
      ['M23/AFC', 'non-state armed group'],
    ])
  })
})

describe('the conflict route data', () => {
  it('holds what the page model needs: the model on the page data equals the model on the whole dataset', () => {
    const full = conflictModel(ctx.ix, 'drc-rwanda', '2025-01-01')!
    const onPage = conflictModel(pageIndex(ctx, dataOf('drc-rwanda').slice), 'drc-rwanda', '2025-01-01')!
    // The deals are listed, not shown in full: the page gets them without their provisions' text.
    const listed = (m: typeof full) =>
      m.deals.map((d) => ({
        id: d.id,
        date: d.date,
        type: d.type,
        status: d.statusHistory.at(-1)?.status,
        terms: d.provisions.map((p) => p.terms),
      }))
    expect(listed(onPage)).toEqual(listed(full))
    expect({ ...onPage, deals: [] }).toEqual({ ...full, deals: [] })
    expect(onPage.deals[0]!.provisions.every((p) => p.text === '')).toBe(true)
  })

  it('excludes the records of other conflicts', () => {
    const { slice } = dataOf('drc-rwanda')
    expect(slice.conflicts?.map((c) => c.id)).toEqual(['drc-rwanda'])
    expect(slice.agreements?.some((a) => a.conflict === 'kosovo-serbia')).toBe(false)
    expect(slice.actors?.map((a) => a.id).sort()).toEqual(['drc', 'm23-afc', 'rwanda', 'united-states'])
  })

  it('carries the sources the page lists and no other, and none of the prose of the records it only names', () => {
    const { slice } = dataOf('drc-rwanda')
    const onPage = conflictModel(pageIndex(ctx, slice), 'drc-rwanda', '2025-01-01')!
    expect(slice.sources?.map((s) => s.id).sort()).toEqual(onPage.sources.map((s) => s.id).sort())
    expect(slice.actors?.some((a) => a.description !== undefined)).toBe(false)
    expect(slice.resources?.some((r) => r.uses !== undefined)).toBe(false)
  })

  it('is null for an unknown conflict, so the page is the not-found page', () => {
    expect(route.data(ctx, { conflictId: 'nowhere' })).toBeNull()
  })

  it('prerenders one page per conflict', () => {
    expect(route.paths(ctx.ix)).toEqual([{ conflictId: 'drc-rwanda' }, { conflictId: 'kosovo-serbia' }])
  })
})

describe('the USGS tables in the conflict route data', () => {
  it('hold the rows the stakes’ bars show, so the bars equal those drawn from the whole dataset', () => {
    const onPage = pageIndex(ctx, dataOf('drc-rwanda').slice)
    const conflict = ctx.ix.conflicts.get('drc-rwanda')!
    for (const measure of ['reserves', 'production'] as const)
      expect(stakeBars(onPage, conflict, 'cobalt', measure)).toEqual(stakeBars(ctx.ix, conflict, 'cobalt', measure))
  })

  it('leave out the countries that are neither a party nor a leader, and the mineral page’s prose', () => {
    const table = dataOf('drc-rwanda').slice.usgs!.find((t) => t.id === 'cobalt')!
    // The DRC is a party and leads both measures; Rwanda has no USGS row; the others are not shown.
    expect(table.rows.map((r) => r.iso3)).toEqual(['COD'])
    expect(table.world).toEqual(ctx.ix.usgs.get('cobalt')!.world)
    expect([table.prices, table.caveats, table.netImportReliance]).toEqual([[], [], []])
  })
})
