/** The search engine and its documents load on first use, so no page's first view carries them. */
import { assetUrl } from '../lib/site'
import { SEARCH_DOCS_FILE } from '../data/routeData'
import type { SearchDoc } from './searchKinds'
import type { SearchEngine } from './searchEngine'

let enginePromise: Promise<SearchEngine> | null = null

export function loadEngine(): Promise<SearchEngine> {
  enginePromise ??= Promise.all([
    import('./searchEngine'),
    fetch(assetUrl(SEARCH_DOCS_FILE)).then((r) => {
      if (!r.ok) throw new Error(`search documents: HTTP ${r.status}`)
      return r.json() as Promise<SearchDoc[]>
    }),
  ]).then(([m, docs]) => m.makeSearchEngine(docs))
  // A failed load (offline) may be tried again.
  enginePromise.catch(() => (enginePromise = null))
  return enginePromise
}
