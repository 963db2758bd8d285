/** Labels on a small map: greedy placement that keeps them apart and inside the box. Pure. */

export interface LabelCandidate {
  id: string
  text: string
  x: number
  y: number
  /** Font size in px; label width is estimated from it. */
  size: number
  /** Country labels sit centred on their point; site labels beside their symbol. */
  kind: 'centre' | 'beside'
}

export interface PlacedLabel {
  id: string
  text: string
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
}

type Box = [number, number, number, number]
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]

/**
 * Greedy label placement: candidates in the order given (most important first),
 * each at the first position that stays inside the box and clears the labels and
 * symbols already placed; a label with no such position is dropped (the page's
 * site list still names it).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  symbols: ReadonlyArray<[number, number]>,
  width: number,
  height: number,
): PlacedLabel[] {
  const taken: Box[] = symbols.map(([x, y]) => [x - 6, y - 6, x + 6, y + 6])
  const out: PlacedLabel[] = []
  for (const c of candidates) {
    const w = c.text.length * c.size * 0.56
    const h = c.size * 1.15
    const options: Array<{ box: Box; x: number; y: number; anchor: PlacedLabel['anchor'] }> =
      c.kind === 'centre'
        ? [{ box: [c.x - w / 2, c.y - h * 0.8, c.x + w / 2, c.y + h * 0.3], x: c.x, y: c.y, anchor: 'middle' }]
        : [
            {
              box: [c.x + 8, c.y - h * 0.75, c.x + 8 + w, c.y + h * 0.35],
              x: c.x + 8,
              y: c.y + c.size * 0.35,
              anchor: 'start',
            },
            {
              box: [c.x - 8 - w, c.y - h * 0.75, c.x - 8, c.y + h * 0.35],
              x: c.x - 8,
              y: c.y + c.size * 0.35,
              anchor: 'end',
            },
            { box: [c.x - w / 2, c.y - 8 - h, c.x + w / 2, c.y - 8], x: c.x, y: c.y - 10, anchor: 'middle' },
            { box: [c.x - w / 2, c.y + 8, c.x + w / 2, c.y + 8 + h], x: c.x, y: c.y + 8 + c.size, anchor: 'middle' },
          ]
    const fit = options.find(
      (o) =>
        o.box[0] >= 2 &&
        o.box[1] >= 2 &&
        o.box[2] <= width - 2 &&
        o.box[3] <= height - 2 &&
        !taken.some((t) => overlaps(t, o.box)),
    )
    if (!fit) continue
    taken.push(fit.box)
    out.push({ id: c.id, text: c.text, x: fit.x, y: fit.y, anchor: fit.anchor })
  }
  return out
}
