import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { useRepaintFirst, WRITE_CHOICE } from './useRepaintFirst'

/**
 * Binds a page's view to the URL query through its pure parse/serialise pair.
 * Components never copy the view into state: they re-read it each render.
 * The query is read through `useViewSearch`, so hydration meets the markup the
 * prerender wrote and the shared view is applied in place right after.
 * `set(next)` pushes a history entry (Back undoes it); `set(next, { replace: true })`
 * is for continuous input such as zooming.
 *
 * A discrete choice repaints first and writes the URL right after the frame
 * (useRepaintFirst): choices made within one frame make one history entry, and a
 * choice overtaken by Back, or on a page the reader left, writes none.
 */
export function useUrlState<V>(
  parse: (sp: URLSearchParams) => V,
  serialise: (v: V) => URLSearchParams,
): [V, (next: V, opts?: { replace?: boolean }) => void] {
  const [, setSp] = useSearchParams()
  // Hydration renders the prerendered default view; the query's view follows at once (see useViewSearch).
  const { shown, choose, takePending } = useRepaintFirst()
  const view = useMemo(() => parse(new URLSearchParams(shown)), [shown, parse])
  const set = useCallback(
    (next: V, opts?: { replace?: boolean }) => {
      const nextSp = serialise(next)
      const query = nextSp.toString()
      if (query === shown) return
      if (opts?.replace) {
        // A choice not written yet gets this view as its entry: it keeps its own step in history.
        setSp(nextSp, { replace: !takePending(), preventScrollReset: true })
        return
      }
      choose(query, () => setSp(nextSp, WRITE_CHOICE))
    },
    [shown, serialise, setSp, choose, takePending],
  )
  return [view, set]
}
