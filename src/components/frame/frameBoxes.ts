/**
 * The boxes of an exported frame: what a layout places (lines of text, legend
 * entries, the chart) and the checks that its text lies inside the frame, clear of
 * the chart and of itself. Pure.
 */
import { textWidth } from './frameText'

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
  /** The label as drawn: cut to its box when too long. */
  label: string
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

/** The box a line of text covers (its baseline at `y`). */
export function lineBox(l: TextLine): Box {
  return { x: l.x, y: l.y - l.size, w: textWidth(l.text, l.size, l.weight), h: l.size * 1.25 }
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

/** Every box of text in a layout: its lines and its legend's entries. */
export const textBoxes = (l: FrameLayout): Box[] => [...l.lines.map(lineBox), ...l.legend.map((p) => p.box)]

/** True when every box of text lies inside the frame, clear of the chart and of each other. */
export function textClear(l: FrameLayout): boolean {
  const boxes = textBoxes(l)
  return boxes.every(
    (b, i) =>
      b.x >= 0 &&
      b.y >= 0 &&
      b.x + b.w <= l.width &&
      b.y + b.h <= l.height &&
      !overlaps(b, l.chart) &&
      boxes.every((o, j) => j <= i || !overlaps(b, o)),
  )
}
