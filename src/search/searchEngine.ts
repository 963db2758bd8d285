/** The client-side search: MiniSearch over `makeSearchDocs`, prefix and typo tolerant, case and diacritics folded. */
import MiniSearch from 'minisearch'
import type { Dataset } from '../data/schema'
import { KIND_ORDER, makeSearchDocs, type SearchDoc, type SearchKind } from './searchDocs'
import { searchTerm } from './searchKinds'

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

/** A title or query as one folded key: "Rare earths" and "rare earth" meet. */
const titleKey = (s: string) =>
  s
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(searchTerm)
    .join(' ')

export function makeSearchEngine(d: Dataset | SearchDoc[]): SearchEngine {
  const docs = Array.isArray(d) ? d : makeSearchDocs(d)
  // Worked out once per document, not once per matching term of every query.
  const weight = new Map(docs.map((x) => [x.id, KIND_WEIGHT[x.kind] ?? 1]))
  const title = new Map(docs.map((x) => [x.id, titleKey(x.title)]))
  // Folding is the costly part of indexing, and the same words recur in every document.
  const folded = new Map<string, string>()
  const fold = (t: string) => {
    let f = folded.get(t)
    if (f === undefined) folded.set(t, (f = searchTerm(t)))
    return f
  }
  const ms = new MiniSearch<SearchDoc>({
    fields: ['title', 'context', 'text', 'trades'],
    storeFields: ['kind', 'title', 'context', 'to'],
    processTerm: fold,
    searchOptions: {
      boost: { title: 3, context: 1.2, trades: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      combineWith: 'AND',
      // Pages about the thing itself outrank passing mentions; a one-word title ("Lithium") leads.
      boostDocument: (id, term) => (weight.get(id) ?? 1) * (title.get(id) === term ? 3 : 1),
    },
  })
  ms.addAll(docs)
  return {
    size: docs.length,
    search(q, limitPerKind = 5) {
      const query = q.trim()
      if (!query) return []
      const key = titleKey(query)
      const results = (ms.search(query) as unknown as SearchHit[])
        // A title the whole query names ("rare earth" → "Rare earths") leads its group and the list.
        .map((r) => (title.get(r.id) === key ? { ...r, score: r.score * 3 } : r))
        .sort((a, b) => b.score - a.score)
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
