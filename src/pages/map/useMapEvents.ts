import { useEffect, useMemo, useRef, type RefObject } from 'react'
import type { MapView } from '../../map/mapParams'
import type { TooltipHandle } from '../../map/TooltipLayer'
import type { MapEvents } from '../../map/WorldMap'

/**
 * The world map's event handlers: a zoom gesture commits to the URL, a click, tap or
 * Enter opens the preview, a pointer or focus shows the tooltip. Stable across
 * renders, so the memoised map skips re-rendering when only the page changes.
 */
export function useMapEvents(
  view: MapView,
  setView: (next: MapView, opts?: { replace?: boolean }) => void,
  open: MapEvents['onOpen'],
  tooltip: RefObject<TooltipHandle | null>,
  wrapRef: RefObject<HTMLElement | null>,
): MapEvents {
  const viewRef = useRef(view)
  useEffect(() => {
    viewRef.current = view
  })
  return useMemo<MapEvents>(
    () => ({
      onZoomEnd: (t) => setView({ ...viewRef.current, zoom: t, preset: null }, { replace: true }),
      onOpen: (target, el, via) => {
        tooltip.current?.show(null)
        open(target, el, via)
      },
      onHover: (target, content, point) => {
        const wrap = wrapRef.current
        if (!target || !content || !wrap) return tooltip.current?.show(null)
        const box = wrap.getBoundingClientRect()
        const r = target.getBoundingClientRect()
        const x = (point?.x ?? r.left + r.width / 2) - box.left
        const y = (point?.y ?? r.top + r.height / 2) - box.top
        tooltip.current?.show({ x, y, content, width: box.width })
      },
    }),
    [setView, open, tooltip, wrapRef],
  )
}
