import { useEffect, useRef, type RefObject } from 'react'
import { select } from 'd3-selection'
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom'
import { MAP_HEIGHT, MAP_WIDTH, MAX_ZOOM, type ZoomTransform } from './mapTransform'

type Z = { k: number; x: number; y: number }

/**
 * d3-zoom on the world map: wheel (with a modifier, or over the map), mouse drag,
 * and two fingers on touch. One finger is left to the browser, so a swipe over the
 * map scrolls the page (the frame's `touch-action: pan-x pan-y`). The transform is
 * applied to the DOM while the gesture runs and committed once it ends; the URL's
 * transform wins afterwards (Back, a shared link, the buttons).
 */
export function useMapZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  gRef: RefObject<SVGGElement | null>,
  transform: ZoomTransform,
  onZoomEnd: (t: ZoomTransform) => void,
): void {
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null)
  const onZoomEndRef = useRef(onZoomEnd)
  useEffect(() => {
    onZoomEndRef.current = onZoomEnd
  }, [onZoomEnd])

  useEffect(() => {
    const svg = svgRef.current
    if (!svg) return
    const apply = (t: Z) => {
      gRef.current?.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`)
      svg.style.setProperty('--k', String(t.k))
    }
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
      .on('zoom', (e: { transform: Z }) => apply(e.transform))
      .on('end', (e: { transform: Z; sourceEvent: unknown }) => {
        if (e.sourceEvent) onZoomEndRef.current({ k: e.transform.k, x: e.transform.x, y: e.transform.y })
      })
    behaviour.current = z
    select(svg).call(z).on('dblclick.zoom', null)
    return () => {
      select(svg).on('.zoom', null)
    }
  }, [svgRef, gRef])

  useEffect(() => {
    const svg = svgRef.current
    const z = behaviour.current
    if (!svg || !z) return
    select(svg).call(z.transform, zoomIdentity.translate(transform.x, transform.y).scale(transform.k))
    gRef.current?.setAttribute('transform', `translate(${transform.x},${transform.y}) scale(${transform.k})`)
    svg.style.setProperty('--k', String(transform.k))
  }, [svgRef, gRef, transform.k, transform.x, transform.y])
}
