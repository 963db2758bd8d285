/**
 * The legend shown on screen, read back as entries for an exported image: each
 * element holding a swatch (a coloured box or a small SVG) and a label is an
 * item; a block of text alone is a line of its own. Whatever legend a view
 * shows is what its download shows. Runs in the browser, on demand.
 */
import type { LegendEntry } from './frameLayout'
import { standaloneSvg } from './svgClone'

export interface ReadEntry extends LegendEntry {
  /** Markup drawing the swatch in a `size`×`size` box at the origin. */
  swatch: (size: number) => string
}

const isSwatch = (el: Element): boolean => el instanceof SVGSVGElement || /swatch/.test(el.getAttribute('class') ?? '')

const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim()

function swatchOf(el: Element): (size: number) => string {
  if (el instanceof SVGSVGElement) return (size) => standaloneSvg(el, { x: 0, y: 0, w: size, h: size })
  const cs = getComputedStyle(el)
  const border = parseFloat(cs.borderTopWidth) > 0 ? cs.borderTopColor : 'none'
  return (size) =>
    `<rect width="${size}" height="${size}" rx="2" fill="${cs.backgroundColor}" stroke="${border}" stroke-width="${border === 'none' ? 0 : 1.5}"/>`
}

function visit(el: Element, out: ReadEntry[]) {
  if (getComputedStyle(el).display === 'none') return
  const swatch = [...el.children].find(isSwatch)
  if (swatch) {
    const label = clean(el.textContent)
    if (label) out.push({ kind: 'item', label, swatch: swatchOf(swatch) })
    return
  }
  if (el.children.length === 0 || [...el.children].every((c) => !c.children.length && !isSwatch(c))) {
    const label = clean(el.textContent)
    if (label) out.push({ kind: 'text', label, swatch: () => '' })
    return
  }
  for (const c of el.children) visit(c, out)
}

export function readLegend(legend: Element | null): ReadEntry[] {
  const out: ReadEntry[] = []
  if (legend) for (const c of legend.children) visit(c, out)
  return out
}
