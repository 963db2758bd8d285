import type { ZoomTransform } from './mapTransform'

/**
 * Writes a transform on the map's group, and its scale as `--k` for the marks that keep
 * their size. The unzoomed map carries neither (the stylesheet reads `--k` as 1), and a
 * value already there is not written again: a new `--k` restyles every shape of the map,
 * so a page that wakes up unzoomed restyles none.
 */
export function applyTransform(svg: SVGSVGElement, g: SVGGElement | null, t: ZoomTransform): void {
  const identity = t.k === 1 && t.x === 0 && t.y === 0
  const transform = identity ? null : `translate(${t.x},${t.y}) scale(${t.k})`
  if (g && g.getAttribute('transform') !== transform) {
    if (transform === null) g.removeAttribute('transform')
    else g.setAttribute('transform', transform)
  }
  const k = t.k === 1 ? '' : String(t.k)
  if (svg.style.getPropertyValue('--k') !== k) {
    if (k === '') svg.style.removeProperty('--k')
    else svg.style.setProperty('--k', k)
  }
}
