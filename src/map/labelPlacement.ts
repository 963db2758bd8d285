/** Labels on a small map: greedy placement that keeps them apart and inside the box. Pure. */

export interface LabelCandidate {
  id: string
  text: string
  x: number
  y: number
  /** Font size in px; label width is estimated from it. */
  size: number
  /**
   * `centre`: centred on the point (a country's name); `beside`: beside it (a site's);
   * `near`: centred, else beside (a party state too small to hold its name).
   */
  kind: 'centre' | 'beside' | 'near'
  /** Bold type runs wider. */
  bold?: boolean
  /** The label's width as drawn, when it has been measured: it replaces the estimate. */
  width?: number
}

export interface PlacedLabel {
  id: string
  text: string
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
  size: number
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
    // The estimate is that of a wide sans (DejaVu Sans); a measured width replaces it.
    const w = c.width ?? c.text.length * c.size * (c.bold ? 0.7 : 0.6)
    const h = c.size * 1.15
    const centre = { box: [c.x - w / 2, c.y - h * 0.8, c.x + w / 2, c.y + h * 0.3] as Box, x: c.x, y: c.y }
    const beside: Array<{ box: Box; x: number; y: number; anchor: PlacedLabel['anchor'] }> = [
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
    // A party's name may also sit above or below its point, run left or right of it, kept inside the frame.
    const shifted = beside.slice(2).flatMap((o) =>
      [c.x - 4 - o.box[0], c.x + 4 - o.box[2]].map((shift) => {
        const b0 = o.box[0] + shift
        const dx = shift + Math.max(2 - b0, Math.min(width - 2 - (b0 + w), 0))
        return { ...o, box: [o.box[0] + dx, o.box[1], o.box[2] + dx, o.box[3]] as Box, x: o.x + dx }
      }),
    )
    const options = [
      ...(c.kind === 'beside' ? [] : [{ ...centre, anchor: 'middle' as const }]),
      ...(c.kind === 'centre' ? [] : beside),
      ...(c.kind === 'near' ? shifted : []),
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
    out.push({ id: c.id, text: c.text, x: fit.x, y: fit.y, anchor: fit.anchor, size: c.size })
  }
  return out
}
