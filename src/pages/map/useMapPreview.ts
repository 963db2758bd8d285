import { useCallback, useRef, useState, type RefObject } from 'react'
import type { MapTarget } from '../../map/mapPreview'

export interface PreviewState {
  target: MapTarget
  /** Opened from the keyboard: the card takes focus. */
  viaKeyboard: boolean
  /** The card sits on the side of the map away from what it describes. */
  side: 'left' | 'right'
}

/**
 * The map's preview card: which item it shows, and where focus goes back to when
 * it closes (the item that opened it, so the arrow keys carry on from there).
 */
export function useMapPreview(wrapRef: RefObject<HTMLElement | null>) {
  const [state, setState] = useState<PreviewState | null>(null)
  const opener = useRef<string | null>(null)
  const open = useCallback(
    (target: MapTarget, el: Element, via: 'pointer' | 'keyboard') => {
      const wrap = wrapRef.current?.getBoundingClientRect()
      const r = el.getBoundingClientRect()
      const side = wrap && r.left + r.width / 2 < wrap.left + wrap.width / 2 ? 'right' : 'left'
      opener.current = el.getAttribute('data-focus-key')
      setState({ target, viaKeyboard: via === 'keyboard', side })
    },
    [wrapRef],
  )
  const close = useCallback(() => {
    setState(null)
    const key = opener.current
    if (key) wrapRef.current?.querySelector<SVGElement>(`[data-focus-key="${CSS.escape(key)}"]`)?.focus()
  }, [wrapRef])
  return { preview: state, open, close }
}
