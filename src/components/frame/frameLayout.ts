/**
 * Where each part of an exported frame goes: title, subtitle, chart, legend and
 * credit lines. For a free height (the 2× download) they stack top to bottom; for
 * a fixed one (the 1200×630 social size of a download, and the social cards)
 * they stack or, when that gives the chart more room, the subtitle and legend go
 * in a column beside it, and the text is wrapped, cut or shortened until every
 * box of text lies inside the frame and clear of the chart. Text is wrapped by an
 * estimated width (see frameText.ts). Pure.
 */
import { wrapText } from '../../lib/svgText'
import {
  lineBox,
  overlaps,
  textBoxes,
  textClear,
  type Box,
  type FrameContent,
  type FrameLayout,
  type TextLine,
} from './frameBoxes'
import { charsIn, flowLegend, textWidth } from './frameText'

export { lineBox, overlaps, textBoxes, textClear, textWidth }
export type { Box, FrameContent, FrameLayout, LegendEntry, PlacedLegend, TextLine } from './frameBoxes'

/** How many lines each text may take: the first level that fits wins. */
interface Limits {
  title: number
  subtitle: number
  /** Lines per credit. */
  footer: number
}
const FREE: Limits = { title: 3, subtitle: 4, footer: 2 }
const FIXED: readonly Limits[] = [
  { title: 3, subtitle: 8, footer: 2 },
  { title: 2, subtitle: 8, footer: 2 },
  { title: 2, subtitle: 4, footer: 2 },
  { title: 2, subtitle: 2, footer: 1 },
  { title: 1, subtitle: 1, footer: 1 },
]

const sizesFor = (width: number, fixed: boolean) =>
  fixed && width >= 1000
    ? { pad: 44, title: 40, subtitle: 22, legend: 18, footer: 15 }
    : width >= 1000
      ? { pad: 40, title: 34, subtitle: 19, legend: 16, footer: 14 }
      : { pad: 20, title: 20, subtitle: 13, legend: 12, footer: 11 }

/** Lines of text, `width` wide from `x`, from the top `y`; returns where they end. */
function stackText(
  out: TextLine[],
  text: string,
  at: { x: number; y: number; width: number },
  t: Omit<TextLine, 'text' | 'x' | 'y'>,
  max: number,
) {
  let y = at.y
  for (const line of wrapText(text, charsIn(at.width, t.size, t.weight), max)) {
    y += t.size
    out.push({ ...t, text: line, x: at.x, y })
    y += t.size * 0.3
  }
  return y
}

function layoutWith(
  content: FrameContent,
  width: number,
  fixedHeight: number | undefined,
  lim: Limits,
  side: boolean,
): FrameLayout {
  const s = sizesFor(width, fixedHeight !== undefined)
  const { pad } = s
  const inner = width - 2 * pad
  const lines: TextLine[] = []
  let y =
    stackText(
      lines,
      content.title,
      { x: pad, y: pad, width: inner },
      { size: s.title, weight: 700, role: 'title' },
      lim.title,
    ) + 2

  const footerLines = content.footer.flatMap((f) => wrapText(f, charsIn(inner, s.footer), lim.footer))
  const footerH = footerLines.length * s.footer * 1.35
  const height = fixedHeight ?? 0
  let chart: Box
  let legendAt: { x: number; y: number }
  let legendFlow: ReturnType<typeof flowLegend>
  let footerTop: number
  if (side && fixedHeight) {
    // The chart at the right, as large as the room below the title allows; the subtitle and legend at its left.
    footerTop = height - pad - footerH
    const top = y + 10
    const zone = footerTop - 14 - top
    const w = Math.max(0, Math.min(inner * 0.62, zone * content.aspect))
    const h = w / content.aspect
    chart = { x: width - pad - w, y: top + (zone - h) / 2, w, h }
    const column = inner - w - 36
    y = stackText(
      lines,
      content.subtitle,
      { x: pad, y: top - 4, width: column },
      { size: s.subtitle, weight: 400, role: 'subtitle' },
      lim.subtitle,
    )
    legendFlow = flowLegend(content.legend, column, s.legend)
    legendAt = { x: pad, y: y + 14 }
  } else {
    y = stackText(
      lines,
      content.subtitle,
      { x: pad, y, width: inner },
      { size: s.subtitle, weight: 400, role: 'subtitle' },
      lim.subtitle,
    )
    const top = y + 10
    legendFlow = flowLegend(content.legend, inner, s.legend)
    if (fixedHeight) {
      const room = height - top - 12 - legendFlow.height - 12 - footerH - pad
      const h = Math.max(0, Math.min(room, inner / content.aspect))
      const w = Math.min(inner, h * content.aspect)
      chart = { x: pad + (inner - w) / 2, y: top, w, h }
    } else chart = { x: pad, y: top, w: inner, h: inner / content.aspect }
    legendAt = { x: pad, y: chart.y + chart.h + 12 }
    footerTop = legendAt.y + legendFlow.height + 8
  }
  const legend = legendFlow.placed.map((p) => ({
    ...p,
    box: { ...p.box, x: p.box.x + legendAt.x, y: p.box.y + legendAt.y },
  }))
  y = footerTop
  for (const t of footerLines) {
    y += s.footer
    lines.push({ text: t, x: pad, y, size: s.footer, weight: 400, role: 'footer' })
    y += s.footer * 0.35
  }
  return { width, height: fixedHeight ?? Math.ceil(y + pad), lines, chart, legend, legendSize: s.legend }
}

export function layoutFrame(content: FrameContent, width: number, fixedHeight?: number): FrameLayout {
  if (fixedHeight === undefined) return layoutWith(content, width, undefined, FREE, false)
  const area = (l: FrameLayout) => l.chart.w * l.chart.h
  // The most text that fits with a chart of at least a third of the frame; else the largest chart that fits at all.
  const tried = FIXED.map((lim) => [false, true].map((side) => layoutWith(content, width, fixedHeight, lim, side)))
  const best = (ls: FrameLayout[]) => ls.filter(textClear).sort((a, b) => area(b) - area(a))[0]
  for (const level of tried) {
    const l = best(level.filter((x) => x.chart.h >= fixedHeight / 3))
    if (l) return l
  }
  return best(tried.flat()) ?? tried.at(-1)![0]!
}
