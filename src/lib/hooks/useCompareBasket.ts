import { useCallback, useSyncExternalStore } from 'react'
import { DEFAULT_COMPARE_VIEW, type CompareView } from '../compareParams'

const KEY = 'atlas:compare'
const listeners = new Set<() => void>()

function read(): string {
  try {
    return sessionStorage.getItem(KEY) ?? ''
  } catch {
    return ''
  }
}

function parse(raw: string): CompareView {
  const [kind, ids = ''] = raw.split('=')
  if (kind !== 'deals' && kind !== 'conflicts') return DEFAULT_COMPARE_VIEW
  return { kind, ids: ids.split(',').filter(Boolean) }
}

const subscribe = (f: () => void) => {
  listeners.add(f)
  return () => listeners.delete(f)
}

/**
 * The comparison the reader last opened in this tab, so that "Add to compare" on
 * another deal adds to it. Empty while the server renders and while a page
 * hydrates: links are then prerendered as a comparison of one.
 */
export function useCompareBasket(): [CompareView, (v: CompareView) => void] {
  const raw = useSyncExternalStore(subscribe, read, () => '')
  const remember = useCallback((v: CompareView) => {
    try {
      sessionStorage.setItem(KEY, v.ids.length > 0 ? `${v.kind}=${v.ids.join(',')}` : '')
    } catch {
      // Storage may be off: each link then starts a comparison of its own.
    }
    listeners.forEach((f) => f())
  }, [])
  return [parse(raw), remember]
}
