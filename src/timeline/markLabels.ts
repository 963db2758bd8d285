/**
 * Short labels beside the timeline's marks: each mark's label runs right, up to the
 * next mark of its row or the plot's end, so labels never overlap marks or each other.
 * A name too long for its room is cut after a word; one with too little room gets none. Pure.
 */
import type { PlacedMark, TimelineItem } from './timelineLayout'

export interface LabelOptions {
  /** The plot's right edge (px). */
  right: number
  /** Average glyph width of the label font (px). */
  charWidth: number
  /** Room kept clear from the mark's centre to the text, and after the text (px). */
  gap: number
  /** Fewest characters worth showing. */
  minChars: number
}

const DEFAULTS: LabelOptions = { right: Infinity, charWidth: 6, gap: 10, minChars: 10 }

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis; null when nothing sensible fits. */
export function fitText(text: string, max: number, minChars: number): string | null {
  if (text.length <= max) return text
  if (max < minChars) return null
  const cut = text.slice(0, max - 1)
  // The cut ends a word when the next character is a space; else back to the last space.
  const space = text[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ')
  if (space < minChars - 1) return null
  const head = cut.slice(0, space).replace(/[\s,–-]+$/, '')
  return head.length >= minChars - 1 ? `${head}…` : null
}

/** Mark id → label text, for the marks that have room. */
export function markLabels<T extends TimelineItem>(
  marks: ReadonlyArray<PlacedMark<T>>,
  textOf: (item: T) => string,
  options: Partial<LabelOptions> = {},
): Map<string, string> {
  const o = { ...DEFAULTS, ...options }
  const rows = new Map<string, Array<PlacedMark<T>>>()
  for (const m of marks) {
    const key = `${m.item.lane}\u0000${m.row}`
    const list = rows.get(key)
    if (list) list.push(m)
    else rows.set(key, [m])
  }
  const out = new Map<string, string>()
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x)
    row.forEach((m, i) => {
      const next = row[i + 1]
      const room = (next ? next.x - o.gap : o.right) - (m.x + o.gap)
      const text = fitText(textOf(m.item), Math.floor(room / o.charWidth), o.minChars)
      if (text) out.set(m.item.id, text)
    })
  }
  return out
}
