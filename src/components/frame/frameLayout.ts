/**
 * Where each part of an exported frame goes: title, subtitle, chart, legend and
 * credit lines, stacked top to bottom, for a free height (the 2× download) or a
 * fixed one (the 1200×630 social size, where the chart shrinks to fit). Text is
 * wrapped by an estimated width, generous enough that a substituted font still
 * fits. Pure.
 */
import { wrapText } from '../../lib/svgText'

export interface LegendEntry {
  kind: 'item' | 'text'
  label: string
}

export interface FrameContent {
  title: string
  subtitle: string
  legend: readonly LegendEntry[]
  footer: readonly string[]
  /** The chart's width / height. */
  aspect: number
}

export interface TextLine {
  text: string
  x: number
  y: number
  size: number
  weight: 400 | 700
  role: 'title' | 'subtitle' | 'legend' | 'footer'
}

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface PlacedLegend {
  /** Index into the content's legend. */
  index: number
  box: Box
  kind: LegendEntry['kind']
}

export interface FrameLayout {
  width: number
  height: number
  lines: TextLine[]
  chart: Box
  legend: PlacedLegend[]
  /** Size of legend labels and the side of their swatches. */
  legendSize: number
}

/** Average advance of a character, as a share of the font size: wide, so Arial, Helvetica or DejaVu all fit. */
const CHAR = 0.58
const SWATCH_GAP = 6

/** Characters of `size` px that fit in `width` px. */
const fits = (width: number, size: number) => Math.max(8, Math.floor(width / (size * CHAR)))
export const textWidth = (text: string, size: number) => text.length * size * CHAR

export function layoutFrame(content: FrameContent, width: number, fixedHeight?: number): FrameLayout {
  const big = width >= 1000
  const pad = big ? 40 : 20
  const s = { title: big ? 34 : 20, subtitle: big ? 19 : 13, legend: big ? 16 : 12, footer: big ? 14 : 11 }
  const inner = width - 2 * pad
  const lines: TextLine[] = []
  let y = pad
  const push = (text: string, size: number, weight: 400 | 700, role: TextLine['role'], max: number) => {
    for (const t of wrapText(text, fits(inner, size), max)) {
      y += size
      lines.push({ text: t, x: pad, y, size, weight, role })
      y += size * 0.3
    }
  }
  push(content.title, s.title, 700, 'title', 3)
  y += 2
  push(content.subtitle, s.subtitle, 400, 'subtitle', fixedHeight ? 2 : 4)
  const chartTop = y + 10

  // The legend flows in rows: items side by side, a text entry on a row of its own.
  const rowH = s.legend * 1.6
  const placed: PlacedLegend[] = []
  let lx = 0
  let row = 0
  content.legend.forEach((e, index) => {
    if (e.kind === 'text') {
      if (lx > 0) row++
      const w = Math.min(inner, textWidth(e.label, s.legend))
      placed.push({ index, kind: 'text', box: { x: 0, y: row * rowH, w, h: s.legend } })
      row++
      lx = 0
      return
    }
    const w = Math.min(inner, s.legend + SWATCH_GAP + textWidth(e.label, s.legend))
    if (lx > 0 && lx + w > inner) {
      row++
      lx = 0
    }
    placed.push({ index, kind: 'item', box: { x: lx, y: row * rowH, w, h: s.legend } })
    lx += w + s.legend * 1.2
  })
  const legendRows = placed.length === 0 ? 0 : lx > 0 ? row + 1 : row
  const legendH = legendRows * rowH

  const footerLines = content.footer.flatMap((f) => wrapText(f, fits(inner, s.footer), 2))
  const footerH = footerLines.length * s.footer * 1.35

  let chart: Box
  if (fixedHeight) {
    const room = fixedHeight - chartTop - 12 - legendH - 12 - footerH - pad
    const h = Math.max(40, Math.min(room, inner / content.aspect))
    const w = Math.min(inner, h * content.aspect)
    chart = { x: pad + (inner - w) / 2, y: chartTop, w, h }
  } else {
    chart = { x: pad, y: chartTop, w: inner, h: inner / content.aspect }
  }
  const legendTop = chart.y + chart.h + 12
  const legend = placed.map((p) => ({ ...p, box: { ...p.box, x: p.box.x + pad, y: p.box.y + legendTop } }))
  y = legendTop + legendH + 8
  for (const t of footerLines) {
    y += s.footer
    lines.push({ text: t, x: pad, y, size: s.footer, weight: 400, role: 'footer' })
    y += s.footer * 0.35
  }
  const height = fixedHeight ?? Math.ceil(y + pad)
  return { width, height, lines, chart, legend, legendSize: s.legend }
}

/** The box a line of text covers (its baseline at `y`). */
export function lineBox(l: TextLine): Box {
  return { x: l.x, y: l.y - l.size, w: textWidth(l.text, l.size), h: l.size * 1.25 }
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
