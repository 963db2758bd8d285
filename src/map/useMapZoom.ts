import { useEffect, useRef, type RefObject } from 'react'
import type { AttachedZoom } from './attachZoom'
import { applyTransform } from './applyTransform'
import type { ZoomTransform } from './mapTransform'

/**
 * What tells the map that a reader may be about to zoom or pan it: d3-zoom is
 * loaded then, not with the page, as a reader who only looks never needs it.
 */
const FIRST_SIGNS = ['pointermove', 'pointerdown', 'touchstart', 'wheel', 'focusin'] as const

/**
 * Zoom and pan on the world map (see attachZoom). The URL's transform is written
 * on the map at once, and d3-zoom follows it once loaded; a gesture's transform
 * is committed when it ends, and the URL's wins afterwards (Back, a shared link,
 * the buttons).
 */
export function useMapZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  gRef: RefObject<SVGGElement | null>,
  transform: ZoomTransform,
  onZoomEnd: (t: ZoomTransform) => void,
): void {
  const attached = useRef<AttachedZoom | null>(null)
  const onZoomEndRef = useRef(onZoomEnd)
  const transformRef = useRef(transform)
  useEffect(() => {
    onZoomEndRef.current = onZoomEnd
    transformRef.current = transform
  })

  useEffect(() => {
    const svg = svgRef.current
    if (!svg) return
    let gone = false
    const load = () => {
      for (const type of FIRST_SIGNS) document.removeEventListener(type, load, true)
      void import('./attachZoom').then(({ attachZoom }) => {
        if (gone) return
        attached.current = attachZoom(
          svg,
          () => gRef.current,
          transformRef.current,
          (t) => onZoomEndRef.current(t),
        )
      })
    }
    for (const type of FIRST_SIGNS) document.addEventListener(type, load, { capture: true, passive: true })
    return () => {
      gone = true
      for (const type of FIRST_SIGNS) document.removeEventListener(type, load, true)
      attached.current?.detach()
      attached.current = null
    }
  }, [svgRef, gRef])

  useEffect(() => {
    const svg = svgRef.current
    if (!svg) return
    const t = { k: transform.k, x: transform.x, y: transform.y }
    // Once d3-zoom is bound, it applies the transform (and skips a gesture's own, handed back).
    if (attached.current) attached.current.moveTo(t)
    else applyTransform(svg, gRef.current, t)
  }, [svgRef, gRef, transform.k, transform.x, transform.y])
}
