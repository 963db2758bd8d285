import { describe, expect, it } from 'vitest'
import { makeSearchDocs, normaliseTerm } from '../../../src/search/searchDocs'
import { makeSearchEngine } from '../../../src/search/searchEngine'
import { makeFixture } from '../../fixtures/dataset'

const d = makeFixture()
d.agreements[0]!.signatories = [{ person: 'Aleksandar Vučić', office: 'President', party: 'serbia' }]
const engine = makeSearchEngine(d)
const first = (q: string) => engine.search(q)[0]?.hits[0]

describe(normaliseTerm, () => {
  it('normaliseTerm(t) folds case and diacritics', () => {
    expect(normaliseTerm('Vučić')).toBe('vucic')
    expect(normaliseTerm('Erdoğan')).toBe('erdogan')
    expect(normaliseTerm('KAYIKWAMBA')).toBe('kayikwamba')
  })
})

describe(makeSearchDocs, () => {
  it('makeSearchDocs(d) gives each provision a result that opens its deal at the anchor', () => {
    const docs = makeSearchDocs(d)
    expect(docs.find((x) => x.id === 'provision:deal-dec:2')?.to).toBe('/deals/deal-dec#provision-2')
  })
  it('makeSearchDocs(d) makes a source open the first page that cites it', () => {
    const docs = makeSearchDocs(d)
    expect(docs.find((x) => x.id === 'source:src-a')?.to).toBe('/conflicts/drc-rwanda')
  })
})

describe(makeSearchEngine, () => {
  it('search(q) finds a person without diacritics', () => {
    expect(first('vucic')).toMatchObject({ kind: 'person', title: 'Aleksandar Vučić', to: '/deals/deal-dec' })
  })
  it('search(q) puts an exact title first, then the conflict where it is at stake', () => {
    const groups = engine.search('cobalt')
    expect(groups[0]?.hits[0]).toMatchObject({ kind: 'mineral', title: 'Cobalt' })
    expect(groups.some((g) => g.kind === 'conflict' && g.hits.some((h) => h.to === '/conflicts/drc-rwanda'))).toBe(true)
    expect(groups.some((g) => g.kind === 'deal' && g.hits.some((h) => h.to === '/deals/deal-dec'))).toBe(true)
  })
  it('search(q) matches prefixes and tolerates a typo', () => {
    expect(first('kolwe')?.title).toBe('Kolwezi')
    expect(first('Kolwesi')?.title).toBe('Kolwezi')
  })
  it('search(q) returns nothing for an empty query', () => {
    expect(engine.search('   ')).toEqual([])
  })
})

describe('who takes part, and what deals trade', () => {
  const f = makeFixture()
  // A person named only in a dated step of a deal and of a conflict, as a president who puts a deal into force.
  f.agreements[1]!.statusHistory.push({
    date: '2025-07-01',
    status: 'in-force',
    label: 'Put into force by President Olenko',
    sources: ['src-b'],
    verification: 'verified',
  })
  f.conflicts[0]!.statusHistory[0]!.note = 'Olenko reported progress.'
  // A company that only signs a deal, which trades a mineral named in what one side gets.
  f.actors.push({ id: 'acme', name: 'Acme Metals', kind: 'company' })
  f.agreements[2]!.signatories = [{ party: 'acme' }]
  f.agreements[2]!.traded = [{ party: 'acme', gets: ['Offtake of rare-earth concentrate'] }]
  const e = makeSearchEngine(f)
  const links = (q: string, kind: string) =>
    e
      .search(q, 50)
      .filter((g) => g.kind === kind)
      .flatMap((g) => g.hits.map((h) => h.to))

  it('search(q) finds the deals and the conflict whose dated steps name a person', () => {
    expect(links('olenko', 'deal')).toEqual(['/deals/deal-june'])
    expect(links('olenko', 'conflict')).toEqual([`/conflicts/${f.conflicts[0]!.id}`])
  })
  it('search(q) finds a deal by what it trades, plural or singular', () => {
    expect(links('rare earths', 'deal')).toEqual(['/deals/claim-2025'])
    expect(links('rare earth', 'deal')).toEqual(['/deals/claim-2025'])
    expect(links('preferential access', 'deal')).toContain('/deals/deal-dec')
  })
  it('search(q) finds every actor with its roles, a company that only signs a deal included', () => {
    const acme = e.search('acme').find((g) => g.kind === 'country')?.hits[0]
    expect(acme).toMatchObject({ title: 'Acme Metals', to: '/deals/claim-2025' })
    expect(acme?.context).toMatch(/signed A claim/)
    const us = e.search('united states').find((g) => g.kind === 'country')?.hits[0]
    expect(us?.context).toMatch(/witness, December accords/)
  })
  it('search(q) gives an expert with what they assess', () => {
    expect(e.search('an expert')[0]?.hits[0]?.context).toBe('A Think Tank · on DRC–Rwanda, December accords')
  })
})
