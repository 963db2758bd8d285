/**
 * How wide a frame's text is estimated to be, and how its legend flows into rows
 * of a given width. The estimates are those of DejaVu Sans, the widest of the
 * fonts an exported frame may be drawn in (Helvetica, Arial and Liberation Sans
 * are narrower), so a substituted font still fits its box. Pure.
 */
import { cutText } from '../../lib/svgText'
import type { Box, LegendEntry, PlacedLegend } from './frameBoxes'

/** Average advance of a character, as a share of the font size (measured on DejaVu Sans, with room to spare). */
const advance = (weight: 400 | 700) => (weight === 700 ? 0.65 : 0.58)
const SWATCH_GAP = 6

export const textWidth = (text: string, size: number, weight: 400 | 700 = 400): number =>
  text.length * size * advance(weight)

/** Characters of `size` px that fit in `width` px. */
export const charsIn = (width: number, size: number, weight: 400 | 700 = 400): number =>
  Math.max(4, Math.floor(width / (size * advance(weight))))

/**
 * The legend in rows `width` wide, from (0, 0): items side by side, a text entry
 * on rows of its own (wrapped to two); a label too long for its row is cut.
 */
export function flowLegend(
  entries: readonly LegendEntry[],
  width: number,
  size: number,
): { placed: PlacedLegend[]; height: number } {
  const rowH = size * 1.6
  const placed: PlacedLegend[] = []
  let lx = 0
  let row = 0
  const box = (x: number, w: number): Box => ({ x, y: row * rowH, w, h: size })
  entries.forEach((e, index) => {
    if (e.kind === 'text') {
      if (lx > 0) row++
      lx = 0
      const words = e.label.split(' ')
      const lines: string[] = []
      for (const w of words) {
        const last = lines.at(-1)
        if (last !== undefined && textWidth(`${last} ${w}`, size) <= width) lines[lines.length - 1] = `${last} ${w}`
        else lines.push(w)
      }
      const kept = lines.length > 2 ? [lines[0]!, `${lines[1]!}…`] : lines
      for (const l of kept) {
        const label = cutText(l, charsIn(width, size))
        placed.push({ index, kind: 'text', label, box: box(0, textWidth(label, size)) })
        row++
      }
      return
    }
    const label = cutText(e.label, charsIn(width - size - SWATCH_GAP, size))
    const w = size + SWATCH_GAP + textWidth(label, size)
    if (lx > 0 && lx + w > width) {
      row++
      lx = 0
    }
    placed.push({ index, kind: 'item', label, box: box(lx, w) })
    lx += w + size * 1.2
  })
  const rows = placed.length === 0 ? 0 : lx > 0 ? row + 1 : row
  return { placed, height: rows * rowH }
}
