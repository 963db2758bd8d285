import { useCallback, useState, type RefObject } from 'react'

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

/**
 * One tab stop for the whole map (a roving tabindex): the current item has
 * `tabIndex=0`, the others -1; the arrow keys move along `order` (the order of the
 * list beside the map), Home and End to its ends. Items carry `data-focus-key`.
 * Shift + arrows are left to panning.
 */
export function useRovingFocus(
  root: RefObject<Element | null>,
  order: readonly string[],
): {
  active: string | null
  onKeyDown: (e: React.KeyboardEvent) => void
  onFocus: (e: React.FocusEvent) => void
} {
  const [chosen, setChosen] = useState<string | null>(null)
  const active = chosen && order.includes(chosen) ? chosen : (order[0] ?? null)

  const onFocus = useCallback((e: React.FocusEvent) => {
    const key = (e.target as Element).getAttribute('data-focus-key')
    if (key) setChosen(key)
  }, [])

  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      const key = (e.target as Element).getAttribute('data-focus-key')
      if (!key || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || order.length === 0) return
      const i = order.indexOf(key)
      let next: number
      if (e.key === 'Home') next = 0
      else if (e.key === 'End') next = order.length - 1
      else if (STEP[e.key] !== undefined) next = (i + STEP[e.key]! + order.length) % order.length
      else return
      e.preventDefault()
      e.stopPropagation()
      const nextKey = order[next]!
      setChosen(nextKey)
      root.current?.querySelector<SVGElement>(`[data-focus-key="${CSS.escape(nextKey)}"]`)?.focus()
    },
    [order, root],
  )
  return { active, onKeyDown, onFocus }
}
