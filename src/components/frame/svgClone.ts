/**
 * A copy of an on-screen SVG that stands on its own: every element's computed
 * colours, strokes and type written onto it as presentation attributes (the
 * page's stylesheet and CSS variables do not travel with a file), hidden parts
 * dropped, text set in a generic font stack. Runs in the browser, on demand.
 */

/** A stack every editor and renderer can substitute sensibly (Inkscape, Illustrator, browsers). */
export const EXPORT_FONT = 'Helvetica, Arial, sans-serif'

const PAINT = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'vector-effect',
  'paint-order',
] as const
const TYPE = ['font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing'] as const
const DROP_ATTRS = /^(class|style|tabindex|role|focusable|aria-.*|data-.*|id)$/

function inline(orig: Element, copy: Element) {
  const cs = getComputedStyle(orig)
  if (cs.display === 'none' || cs.visibility === 'hidden') {
    copy.remove()
    return
  }
  for (const a of [...copy.attributes]) if (DROP_ATTRS.test(a.name)) copy.removeAttribute(a.name)
  for (const p of PAINT) {
    const v = cs.getPropertyValue(p)
    if (v && v !== 'normal' && !(p === 'vector-effect' && v === 'none')) copy.setAttribute(p, v)
  }
  // Markers are placed by CSS transforms (they keep their size when zoomed): write them as attributes.
  if (cs.transform && cs.transform !== 'none') copy.setAttribute('transform', cs.transform)
  if (orig instanceof SVGTextElement || orig instanceof SVGTSpanElement) {
    for (const p of TYPE) {
      const v = cs.getPropertyValue(p)
      if (v && v !== 'normal') copy.setAttribute(p, v)
    }
    copy.setAttribute('font-family', EXPORT_FONT)
  }
  const kids = [...orig.children]
  const copies = [...copy.children]
  kids.forEach((k, i) => {
    const c = copies[i]
    if (!c) return
    if (k.tagName === 'title' || k.tagName === 'desc') c.remove()
    else inline(k, c)
  })
}

/** The SVG's markup as a self-styled `<svg>` placed at `box`, keeping its viewBox (so zoom and clipping hold). */
export function standaloneSvg(svg: SVGSVGElement, box: { x: number; y: number; w: number; h: number }): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  inline(svg, copy)
  const vb = svg.getAttribute('viewBox') ?? `0 0 ${svg.clientWidth} ${svg.clientHeight}`
  for (const a of ['width', 'height', 'x', 'y', 'viewBox', 'preserveAspectRatio', 'overflow']) copy.removeAttribute(a)
  copy.setAttribute('x', box.x.toFixed(1))
  copy.setAttribute('y', box.y.toFixed(1))
  copy.setAttribute('width', box.w.toFixed(1))
  copy.setAttribute('height', box.h.toFixed(1))
  copy.setAttribute('viewBox', vb)
  copy.setAttribute('overflow', 'hidden')
  return new XMLSerializer().serializeToString(copy).replace(/ xmlns="http:\/\/www.w3.org\/2000\/svg"/, '')
}

/** The aspect ratio (width / height) the SVG is drawn at on screen. */
export function aspectOf(svg: SVGSVGElement): number {
  const vb = svg.viewBox.baseVal
  if (vb && vb.width && vb.height) return vb.width / vb.height
  const r = svg.getBoundingClientRect()
  return r.height ? r.width / r.height : 2
}
