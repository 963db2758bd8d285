import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import { useViewSearch } from './useViewSearch'

/**
 * Binds a page's view to the URL query through its pure parse/serialise pair.
 * Components never copy the view into state: they re-read it each render.
 * The query is read through `useViewSearch`, so hydration meets the markup the
 * prerender wrote and the shared view is applied in place right after.
 * `set(next)` pushes a history entry (Back undoes it); `set(next, { replace: true })`
 * is for continuous input such as zooming.
 *
 * A discrete choice repaints first and writes the URL right after the frame: the
 * page renders the chosen query at once (held as `chosen` only until the URL has
 * it), then the router pushes the history entry in a task of its own, so neither
 * the router's work nor the browser's history update delays the repaint. Choices
 * made within one frame make one history entry, for the last of them; a choice
 * overtaken by Back before its entry was written writes none.
 */
export function useUrlState<V>(
  parse: (sp: URLSearchParams) => V,
  serialise: (v: V) => URLSearchParams,
): [V, (next: V, opts?: { replace?: boolean }) => void] {
  const [, setSp] = useSearchParams()
  // Hydration renders the prerendered default view; the query's view follows at once (see useViewSearch).
  const key = new URLSearchParams(useViewSearch()).toString()
  const [chosen, setChosen] = useState<{ from: string; query: string } | null>(null)
  const shown = chosen && chosen.from === key ? chosen.query : key
  // Once the URL moves (to the chosen query, or anywhere by Back), it alone says what is shown.
  if (chosen && chosen.from !== key) setChosen(null)
  const view = useMemo(() => parse(new URLSearchParams(shown)), [shown, parse])
  // The key the URL has now, and the choice whose history entry is still to be written.
  const latest = useRef<{ key: string; pending: { query: string } | null }>({ key, pending: null })
  useEffect(() => {
    latest.current.key = key
  }, [key])
  // A page left before its choice's entry was written writes none.
  useEffect(() => {
    const current = latest.current
    return () => {
      current.pending = null
    }
  }, [])
  const set = useCallback(
    (next: V, opts?: { replace?: boolean }) => {
      const nextSp = serialise(next)
      const query = nextSp.toString()
      if (query === shown) return
      if (opts?.replace) {
        // A choice whose entry is not written yet gets this view as its entry: it keeps its own step in history.
        const push = latest.current.pending !== null
        latest.current.pending = null
        setSp(nextSp, { replace: !push, preventScrollReset: true })
        return
      }
      // Set from the reader's click or key press, this renders and commits before the browser's next frame.
      setChosen({ from: key, query })
      const mine = { query }
      latest.current.pending = mine
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (latest.current.pending !== mine || latest.current.key !== key) return
          latest.current.pending = null
          setSp(nextSp, { preventScrollReset: true })
        }, 0),
      )
    },
    [key, shown, serialise, setSp],
  )
  return [view, set]
}
