import { describe, expect, it } from 'vitest'
import { mineralModel } from '../../../../src/pages/mineral/mineralModel'
import { route } from '../../../../src/pages/mineral/route'
import { fixtureContext, pageIndex } from '../routeContext'

const ctx = fixtureContext()

describe('mineralModel', () => {
  it('is null for what is not a mineral with a USGS table', () => {
    expect(mineralModel(ctx.ix, 'kryptonite', 'reserves')).toBeNull()
  })

  it('marks the conflict parties on the map and lists the claims USGS does not confirm', () => {
    const m = mineralModel(ctx.ix, 'cobalt', 'reserves')!
    expect(m.partyIsos).toEqual(new Set(['COD', 'RWA']))
    expect(m.looks.get('COD')?.highlighted).toBe(true)
    expect(m.claims.map((c) => c.f.label)).toEqual(['Claimed value'])
    expect(m.deals.map((d) => d.id)).toEqual(['deal-dec'])
  })

  it('gives the same figures on its page data as on the whole dataset', () => {
    const d = route.data(ctx, { mineralId: 'cobalt' })!
    const onPage = mineralModel(pageIndex(ctx, d.slice), 'cobalt', 'production')!
    const full = mineralModel(ctx.ix, 'cobalt', 'production')!
    expect(onPage.shares).toEqual(full.shares)
    expect(onPage.conc).toEqual(full.conc)
    expect([...onPage.looks]).toEqual([...full.looks])
    expect(onPage.deals.map((x) => x.id)).toEqual(full.deals.map((x) => x.id))
  })
})
