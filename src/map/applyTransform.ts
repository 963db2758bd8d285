import type { ZoomTransform } from './mapTransform'

/** Writes a transform on the map's group, and its scale as `--k` for the strokes. */
export function applyTransform(svg: SVGSVGElement, g: SVGGElement | null, t: ZoomTransform): void {
  g?.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`)
  svg.style.setProperty('--k', String(t.k))
}
