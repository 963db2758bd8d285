import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { useViewSearch } from './useViewSearch'

/**
 * Binds a page's view to the URL query through its pure parse/serialise pair.
 * Components never copy the view into state: they re-read it each render.
 * The query is read through `useViewSearch`, so hydration meets the markup the
 * prerender wrote and the shared view is applied in place right after.
 * `set(next)` pushes a history entry (Back undoes it); `set(next, { replace: true })`
 * is for continuous input such as zooming.
 */
export function useUrlState<V>(
  parse: (sp: URLSearchParams) => V,
  serialise: (v: V) => URLSearchParams,
): [V, (next: V, opts?: { replace?: boolean }) => void] {
  const [, setSp] = useSearchParams()
  // Hydration renders the prerendered default view; the query's view follows at once (see useViewSearch).
  const key = new URLSearchParams(useViewSearch()).toString()
  const view = useMemo(() => parse(new URLSearchParams(key)), [key, parse])
  const set = useCallback(
    (next: V, opts?: { replace?: boolean }) => {
      const nextSp = serialise(next)
      if (nextSp.toString() === key) return
      // A discrete choice commits synchronously, so the map or timeline repaints in the
      // very next frame rather than after the router's transition.
      const replace = opts?.replace ?? false
      setSp(nextSp, { replace, preventScrollReset: true, flushSync: !replace })
    },
    [key, serialise, setSp],
  )
  return [view, set]
}
