import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

/**
 * Binds a page's view to the URL query through its pure parse/serialise pair.
 * Components never copy the view into state: they re-read it each render.
 * `set(next)` pushes a history entry (Back undoes it); `set(next, { replace: true })`
 * is for continuous input such as zooming.
 */
export function useUrlState<V>(
  parse: (sp: URLSearchParams) => V,
  serialise: (v: V) => URLSearchParams,
): [V, (next: V, opts?: { replace?: boolean }) => void] {
  const [sp, setSp] = useSearchParams()
  const key = sp.toString()
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const view = useMemo(() => parse(sp), [key, parse])
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
