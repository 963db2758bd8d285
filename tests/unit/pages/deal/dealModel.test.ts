import { describe, expect, it } from 'vitest'
import { dealModel, provisionFromHash, relatedDeals } from '../../../../src/pages/deal/dealModel'
import { route } from '../../../../src/pages/deal/route'
import { fixtureContext, pageIndex } from '../routeContext'

const ctx = fixtureContext()

describe('relatedDeals', () => {
  it('lists the relations a deal states and, inverted, those other deals state about it', () => {
    expect(relatedDeals(ctx.ix, ctx.ix.agreements.get('deal-dec')!)).toEqual([{ label: 'Follows', id: 'deal-june' }])
    expect(relatedDeals(ctx.ix, ctx.ix.agreements.get('deal-june')!)).toEqual([
      { label: 'Followed by', id: 'deal-dec' },
    ])
  })
})

describe('provisionFromHash', () => {
  it('reads #provision-N and nothing else', () => {
    expect(provisionFromHash('#provision-3')).toBe(3)
    expect(provisionFromHash('#provision-x')).toBeNull()
    expect(provisionFromHash('#provision-3x')).toBeNull()
    expect(provisionFromHash('')).toBeNull()
  })
})

describe('the deal route data', () => {
  it('holds what the deal page shows, with the same related deals and sources as the whole dataset', () => {
    const d = route.data(ctx, { dealId: 'deal-dec' })!
    const onPage = dealModel(pageIndex(ctx, d.slice), 'deal-dec')!
    const full = dealModel(ctx.ix, 'deal-dec')!
    expect(onPage.related).toEqual(full.related)
    expect(onPage.sources).toEqual(full.sources)
    expect(onPage.assessments).toEqual(full.assessments)
    expect(onPage.conflict?.name).toBe(full.conflict?.name)
  })

  it('excludes deals it is not related to, and its conflict’s evidence', () => {
    const d = route.data(ctx, { dealId: 'deal-dec' })!
    expect(d.slice.agreements?.map((a) => a.id)).toEqual(['deal-dec', 'deal-june'])
    expect(d.slice.conflicts?.[0]?.statusHistory.every((s) => s.sources.length === 0)).toBe(true)
    expect(d.slice.stakes ?? []).toEqual([])
  })

  it('draws the card from the deal’s own signatories, not its conflict’s parties', () => {
    const card = route.card!(ctx, { dealId: 'deal-dec' })!
    expect(card.subtitle).toContain('Signatories: Democratic Republic of the Congo.')
    expect(card.title).toBe('December accords')
  })
})

describe('the deal page’s implementation', () => {
  it('dealModel(ix, id) rolls up the provisions and numbers the sources of their histories from the route data', () => {
    const d = fixtureContext().ix.data
    d.implementation = [
      {
        agreement: 'deal-dec',
        provision: 2,
        history: [
          { date: '2026-01', status: 'stalled', note: 'Stalled.', sources: ['src-a'], verification: 'verified' },
        ],
      },
    ]
    const c = fixtureContext(d)
    const page = dealModel(pageIndex(c, route.data(c, { dealId: 'deal-dec' })!.slice), 'deal-dec')!
    expect(page.rollUp).toMatchObject({ total: 2, setback: 1, none: 1 })
    expect(page.provisions.map((p) => p.state)).toEqual(['none', 'stalled'])
    expect(page.sources.map((s) => s.id)).toContain('src-a')
  })
})
