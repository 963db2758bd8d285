import { select } from 'd3-selection'
import { zoom as d3zoom, zoomIdentity } from 'd3-zoom'
import { applyTransform } from './applyTransform'
import { MAP_HEIGHT, MAP_WIDTH, MAX_ZOOM, sameInLink, type ZoomTransform } from './mapTransform'

/**
 * d3-zoom bound to one map: `moveTo` follows the URL's transform, `detach` unbinds it.
 * A gesture's own transform coming back from the URL is not applied again: the
 * reader may already be in the next gesture, which it would undo.
 */
export interface AttachedZoom {
  moveTo: (t: ZoomTransform) => void
  detach: () => void
}

/**
 * Binds d3-zoom to the map: wheel (with a modifier, or over the map), mouse drag,
 * and two fingers on touch. One finger is left to the browser, so a swipe over the
 * map scrolls the page (the frame's `touch-action: pan-x pan-y`). The transform is
 * applied to the DOM while the gesture runs; `onEnd` hears it once the gesture ends.
 */
export function attachZoom(
  svg: SVGSVGElement,
  group: () => SVGGElement | null,
  start: ZoomTransform,
  onEnd: (t: ZoomTransform) => void,
): AttachedZoom {
  const box: [[number, number], [number, number]] = [
    [0, 0],
    [MAP_WIDTH, MAP_HEIGHT],
  ]
  const z = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, MAX_ZOOM])
    .translateExtent(box)
    .extent(box)
    .filter((event: Event) => {
      if (event.type === 'wheel') {
        const w = event as WheelEvent
        return w.ctrlKey || w.metaKey || document.activeElement === svg || svg.matches(':hover')
      }
      // Touch: two fingers pan and zoom; one finger scrolls the page.
      if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2
      return !(event as MouseEvent).button
    })
    .on('zoom', (e: { transform: ZoomTransform }) => applyTransform(svg, group(), e.transform))
    .on('end', (e: { transform: ZoomTransform; sourceEvent: unknown }) => {
      if (!e.sourceEvent) return
      echo = { k: e.transform.k, x: e.transform.x, y: e.transform.y }
      onEnd(echo)
    })
  /** The transform a gesture ended on, until the URL hands it back. */
  let echo: ZoomTransform | null = null
  const moveTo = (t: ZoomTransform) => {
    const own = echo !== null && sameInLink(echo, t)
    echo = null
    if (!own) select(svg).call(z.transform, zoomIdentity.translate(t.x, t.y).scale(t.k))
  }
  select(svg).call(z).on('dblclick.zoom', null)
  moveTo(start)
  // Says that gestures are heard from now on.
  svg.dataset.zoom = 'on'
  return {
    moveTo,
    detach: () => {
      select(svg).on('.zoom', null)
      delete svg.dataset.zoom
    },
  }
}
