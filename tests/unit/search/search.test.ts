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
