/**
 * What the compare page sets side by side, in the URL query: `?deals=a,b,c` or
 * `?conflicts=a,b`. Ids may also come as repeated keys (`deals=a&deals=b`, what a
 * form without scripts sends). Unknown ids, repeats and empties are dropped, at
 * most three are kept; deals win over conflicts. Never throws.
 */
export const MAX_COMPARED = 3

export type CompareKind = 'deals' | 'conflicts'

export interface CompareView {
  kind: CompareKind
  ids: string[]
}

export const DEFAULT_COMPARE_VIEW: CompareView = { kind: 'deals', ids: [] }

export interface CompareVocabulary {
  deals: readonly string[]
  conflicts: readonly string[]
}

function idsOf(sp: URLSearchParams, key: CompareKind, known: readonly string[]): string[] {
  const out: string[] = []
  for (const raw of sp.getAll(key))
    for (const id of raw.split(',')) {
      const v = id.trim()
      if (v && known.includes(v) && !out.includes(v) && out.length < MAX_COMPARED) out.push(v)
    }
  return out
}

export function parseCompareParams(sp: URLSearchParams, vocab: CompareVocabulary): CompareView {
  const deals = idsOf(sp, 'deals', vocab.deals)
  if (deals.length > 0) return { kind: 'deals', ids: deals }
  const conflicts = idsOf(sp, 'conflicts', vocab.conflicts)
  return conflicts.length > 0 ? { kind: 'conflicts', ids: conflicts } : DEFAULT_COMPARE_VIEW
}

/** The query of a view, commas kept readable: `deals=a,b`; empty for nothing chosen. */
export const toCompareSearch = (v: CompareView): string => (v.ids.length > 0 ? `${v.kind}=${v.ids.join(',')}` : '')

/** The compare page's address for a view. */
export const comparePath = (v: CompareView): string => {
  const q = toCompareSearch(v)
  return q ? `/compare?${q}` : '/compare'
}

/**
 * The deal an "Add to compare" link adds (`?add=id`), if the data knows it: the page
 * then sets it beside the comparison last opened and replaces the address.
 */
export function addedDeal(sp: URLSearchParams, vocab: CompareVocabulary): string | null {
  const id = sp.get('add')
  return id && vocab.deals.includes(id) ? id : null
}

/** The same view with one more id (kept once, the oldest dropped past the maximum). */
export function withAdded(v: CompareView, kind: CompareKind, id: string): CompareView {
  const ids = v.kind === kind ? v.ids.filter((x) => x !== id) : []
  return { kind, ids: [...ids, id].slice(-MAX_COMPARED) }
}
