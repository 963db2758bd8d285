import { useCallback, useEffect, useRef, useState } from 'react'
import { useViewSearch } from './useViewSearch'

/**
 * A reader's choice, shown before the URL has it. `shown` is the query the page
 * renders: the URL's (as useViewSearch gives it), or a choice it does not have yet.
 * `choose(query, write)` renders the chosen query at once, and calls `write` (the
 * router's navigation) in a task of its own after the next frame, so neither the
 * router's work nor the browser's history update delays the repaint. The URL stays
 * the one source of the view: `shown` is the chosen query only until the URL moves,
 * to it or anywhere else. Choices made within one frame write once, for the last of
 * them; a choice overtaken by Back, or made on a page the reader has left, writes
 * nothing.
 */
export function useRepaintFirst(): {
  shown: string
  choose: (query: string, write: () => void) => void
  /** For a replacement (continuous input): whether a choice is still to be written; it is then dropped. */
  takePending: () => boolean
} {
  const key = new URLSearchParams(useViewSearch()).toString()
  const [chosen, setChosen] = useState<{ from: string; query: string } | null>(null)
  // Once the URL moves (to the chosen query, or anywhere by Back), it alone says what is shown.
  if (chosen && chosen.from !== key) setChosen(null)
  const shown = chosen && chosen.from === key ? chosen.query : key
  // The key the URL has now, and the choice still to be written.
  const latest = useRef<{ key: string; pending: object | null }>({ key, pending: null })
  useEffect(() => {
    latest.current.key = key
  }, [key])
  useEffect(() => {
    const current = latest.current
    return () => {
      current.pending = null
    }
  }, [])
  const choose = useCallback(
    (query: string, write: () => void) => {
      // Set from the reader's click or key press, this renders and commits before the browser's next frame.
      setChosen({ from: key, query })
      const mine = {}
      latest.current.pending = mine
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (latest.current.pending !== mine || latest.current.key !== key) return
          latest.current.pending = null
          write()
        }, 0),
      )
    },
    [key],
  )
  const takePending = useCallback(() => {
    const pending = latest.current.pending !== null
    latest.current.pending = null
    return pending
  }, [])
  return { shown, choose, takePending }
}

/**
 * How a choice already on screen is written to the URL. The router commits it at once
 * (`flushSync`), not as a transition that Back could overtake: an interrupted commit
 * left the page showing the choice at the address Back returned to.
 */
export const WRITE_CHOICE = { preventScrollReset: true, flushSync: true } as const
