import { useEffect, useState } from 'react'
import { dataFileOf, isNotFound, type EmbeddedData } from '../../data/routeData'
import { indexSlice } from '../../data/slice'
import { useRootData } from '../../lib/hooks/atlasContext'
import { assetUrl } from '../../lib/site'
import { dealModel, type DealModel } from '../deal/dealModel'

export type ComparedDeals = { state: 'loading' } | { state: 'error' } | { state: 'ready'; models: DealModel[] }

const cache = new Map<string, Promise<DealModel | null>>()

/**
 * The compared deals' models, each built from its own page's data file (fetched once,
 * cached): the same model, and so the same facts, as the deal's page.
 */
export function useComparedDeals(ids: readonly string[]): ComparedDeals {
  const { meta } = useRootData()
  const key = ids.join(',')
  const [result, setResult] = useState<{ key: string; value: ComparedDeals }>({ key: '', value: { state: 'loading' } })
  useEffect(() => {
    let live = true
    const load = (id: string) => {
      let p = cache.get(id)
      if (!p) {
        p = fetch(assetUrl(dataFileOf(`/deals/${id}`)))
          .then((r) => (r.ok ? (r.json() as Promise<EmbeddedData>) : null))
          .then((e) => (e && !isNotFound(e.route) ? dealModel(indexSlice(meta, e.route.slice), id) : null))
        p.catch(() => cache.delete(id))
        cache.set(id, p)
      }
      return p
    }
    Promise.all(key.split(',').map(load))
      .then((models) => {
        const ok = models.filter((m): m is DealModel => m !== null)
        if (live)
          setResult({ key, value: ok.length === models.length ? { state: 'ready', models: ok } : { state: 'error' } })
      })
      .catch(() => live && setResult({ key, value: { state: 'error' } }))
    return () => {
      live = false
    }
  }, [key, meta])
  return result.key === key ? result.value : { state: 'loading' }
}
