/** The client-side search: MiniSearch over `makeSearchDocs`, prefix and typo tolerant, case and diacritics folded. */
import MiniSearch from 'minisearch'
import type { Dataset } from '../data/schema'
import { KIND_ORDER, makeSearchDocs, normaliseTerm, type SearchDoc, type SearchKind } from './searchDocs'

const KIND_WEIGHT: Record<SearchKind, number> = {
  conflict: 1.6,
  deal: 1.4,
  mineral: 1.6,
  country: 1.4,
  person: 1.2,
  expert: 1.2,
  provision: 0.9,
  place: 0.9,
  source: 0.6,
}

export interface SearchHit extends SearchDoc {
  score: number
}

export interface SearchEngine {
  search: (q: string, limitPerKind?: number) => Array<{ kind: SearchKind; hits: SearchHit[] }>
  size: number
}

export function makeSearchEngine(d: Dataset | SearchDoc[]): SearchEngine {
  const docs = Array.isArray(d) ? d : makeSearchDocs(d)
  const ms = new MiniSearch<SearchDoc>({
    fields: ['title', 'context', 'text'],
    storeFields: ['kind', 'title', 'context', 'to'],
    processTerm: (t) => normaliseTerm(t),
    searchOptions: {
      boost: { title: 3, context: 1.2 },
      prefix: true,
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      combineWith: 'AND',
      // Pages about the thing itself outrank passing mentions; an exact title ("Lithium") leads.
      boostDocument: (_id, term, stored) => {
        const kind = stored?.kind as SearchKind | undefined
        const title = typeof stored?.title === 'string' ? normaliseTerm(stored.title) : ''
        return (kind ? KIND_WEIGHT[kind] : 1) * (title === term ? 3 : 1)
      },
    },
  })
  ms.addAll(docs)
  return {
    size: docs.length,
    search(q, limitPerKind = 5) {
      const query = q.trim()
      if (!query) return []
      const results = ms.search(query) as unknown as SearchHit[]
      const groups = new Map<SearchKind, SearchHit[]>()
      for (const r of results) {
        const list = groups.get(r.kind) ?? []
        if (list.length < limitPerKind) list.push(r)
        groups.set(r.kind, list)
      }
      // Groups follow their best hit, so an exact title ("Lithium") leads; ties keep KIND_ORDER.
      return KIND_ORDER.filter((k) => groups.has(k))
        .map((kind) => ({ kind, hits: groups.get(kind) ?? [] }))
        .sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0))
    },
  }
}
