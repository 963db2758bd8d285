import { csvParse } from 'd3-dsv'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../../src/data/schema'
import {
  DEFAULT_PROVISIONS_VIEW,
  parseProvisionsParams,
  provisionsByTerm,
  toProvisionsParams,
} from '../../../../src/lib/provisionsParams'
import { provisionsCsv } from '../../../../src/pages/provisions/provisionsCsv'
import { filterRows, provisionsModel } from '../../../../src/pages/provisions/provisionsModel'
import { route } from '../../../../src/pages/provisions/route'
import { makeFixture } from '../../../fixtures/dataset'
import { fixtureContext, pageIndex } from '../routeContext'

/** The fixture plus a minerals-diplomacy deal with a right of first offer, and one status entry. */
function fixture(): Dataset {
  const d = makeFixture()
  d.agreements.push({
    ...d.agreements[1]!,
    id: 'md-deal',
    title: 'A minerals deal',
    track: 'minerals-diplomacy',
    conflict: undefined,
    type: 'mou',
    date: '2026-01-10',
    resources: ['cobalt'],
    provisions: [
      {
        n: 1,
        text: 'First offer',
        terms: ['right-of-first-offer', 'mineral'],
        sources: ['src-a'],
        verification: 'verified',
      },
    ],
  })
  d.agreements[0]!.provisions[0]!.terms.push('right-of-first-offer')
  d.implementation = [
    {
      agreement: 'deal-dec',
      provision: 2,
      history: [{ date: '2026-01', status: 'stalled', note: 'Stalled.', sources: ['src-a'], verification: 'verified' }],
    },
  ]
  return d
}

const ctx = fixtureContext(fixture())
const m = provisionsModel(pageIndex(ctx, route.data(ctx, {})!.slice))

describe(provisionsModel, () => {
  it('lists every provision of every deal, newest deal first, each linked to its anchor', () => {
    expect(m.rows.map((r) => r.href)).toEqual([
      '/deals/md-deal#provision-1',
      '/deals/deal-dec#provision-1',
      '/deals/deal-dec#provision-2',
    ])
    expect(m.deals).toBe(2)
  })

  it('filtering by a term keeps exactly the provisions that carry it, across deals', () => {
    const rows = filterRows(m.rows, { ...DEFAULT_PROVISIONS_VIEW, term: 'right-of-first-offer' })
    expect(rows.map((r) => `${r.deal.id}#${r.n}`)).toEqual(['md-deal#1', 'deal-dec#1'])
  })

  it('filters by conflict (or the minerals-diplomacy track), type, mineral and status, and combines them', () => {
    const f = (v: Partial<typeof DEFAULT_PROVISIONS_VIEW>) =>
      filterRows(m.rows, { ...DEFAULT_PROVISIONS_VIEW, ...v }).map((r) => `${r.deal.id}#${r.n}`)
    expect(f({ conflict: 'drc-rwanda' })).toEqual(['deal-dec#1', 'deal-dec#2'])
    expect(f({ conflict: 'minerals-diplomacy' })).toEqual(['md-deal#1'])
    expect(f({ type: 'mou' })).toEqual(['md-deal#1'])
    // deal-dec reaches cobalt through its stake, md-deal trades it itself.
    expect(f({ mineral: 'cobalt' })).toEqual(['md-deal#1', 'deal-dec#1', 'deal-dec#2'])
    expect(f({ status: 'stalled' })).toEqual(['deal-dec#2'])
    expect(f({ status: 'none' })).toEqual(['md-deal#1', 'deal-dec#1'])
    expect(f({ conflict: 'drc-rwanda', status: 'none', term: 'mineral' })).toEqual(['deal-dec#1'])
  })

  it('offers only the choices the data has, with their counts', () => {
    expect(m.choices.conflicts).toEqual([
      { value: 'drc-rwanda', label: 'DRC–Rwanda', count: 2 },
      { value: 'minerals-diplomacy', label: 'Minerals diplomacy (track)', count: 1 },
    ])
    expect(m.choices.terms.find((t) => t.value === 'right-of-first-offer')?.count).toBe(2)
    expect(m.choices.states).toEqual([
      { value: 'stalled', count: 1 },
      { value: 'none', count: 2 },
    ])
  })

  it('the route data carries each provision’s latest status only, without notes or sources', () => {
    const slice = route.data(ctx, {})!.slice
    expect(slice.implementation).toEqual([
      {
        agreement: 'deal-dec',
        provision: 2,
        history: [{ date: '2026-01', status: 'stalled', note: '', sources: [], verification: 'verified' }],
      },
    ])
    expect(slice.agreements?.map((a) => a.id)).toEqual(['deal-dec', 'md-deal'])
    expect(slice.sources ?? []).toEqual([])
  })
})

describe(parseProvisionsParams, () => {
  it('parseProvisionsParams(sp) reads every filter and round-trips through toProvisionsParams', () => {
    const sp = new URLSearchParams('term=corridor&conflict=drc-rwanda&type=mou&mineral=cobalt&status=none')
    const v = parseProvisionsParams(sp, m.vocab)
    expect(v).toEqual({ term: 'corridor', conflict: 'drc-rwanda', type: 'mou', mineral: 'cobalt', status: 'none' })
    expect(parseProvisionsParams(toProvisionsParams(v), m.vocab)).toEqual(v)
    expect(toProvisionsParams(DEFAULT_PROVISIONS_VIEW).toString()).toBe('')
  })

  it('parseProvisionsParams(sp) falls back to any for unknown values, and never throws', () => {
    const sp = new URLSearchParams('term=gold&conflict=atlantis&type=treaty&mineral=&status=done&status=stalled')
    expect(parseProvisionsParams(sp, m.vocab)).toEqual({ ...DEFAULT_PROVISIONS_VIEW, status: 'stalled' })
  })

  it('provisionsByTerm(term) is the address every term chip links to', () => {
    expect(provisionsByTerm('right-of-first-offer')).toBe('/provisions?term=right-of-first-offer')
  })
})

describe(provisionsCsv, () => {
  it('provisionsCsv(rows) parses back to one record per listed provision, with its link and status', () => {
    const rows = filterRows(m.rows, { ...DEFAULT_PROVISIONS_VIEW, term: 'right-of-first-offer' })
    const back = csvParse(provisionsCsv(rows, (p) => `https://example.org${p}`))
    expect(back.map((r) => [r.agreement, r.n, r.url, r.implementation_status, r.conflict])).toEqual([
      ['md-deal', '1', 'https://example.org/deals/md-deal#provision-1', 'none', 'minerals-diplomacy'],
      ['deal-dec', '1', 'https://example.org/deals/deal-dec#provision-1', 'none', 'drc-rwanda'],
    ])
  })
})
