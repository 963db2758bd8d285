/**
 * The 1200×630 social card of a conflict or deal, as an SVG string (turned into
 * PNG at build time). Pure: title, kicker, date, parties and a small map in.
 */

export interface SocialCard {
  kicker: string
  title: string
  date?: string
  parties?: string
  /** A pre-projected region map to show at the right, with the party shapes marked. */
  map?: { width: number; height: number; countries: Array<{ d: string; party: boolean }> }
  accent?: string
}

import { escapeXml, wrapText } from '../lib/svgText'
import { overlaps, type Box, type TextLine } from '../components/frame/frameLayout'

export { wrapText }

const W = 1200
const H = 630
const LEFT = 72
const MAP = { w: 380, h: 400, right: 64, top: 115 }
/** Average advance of DejaVu Sans (the renderer's font), as a share of the size; bold is wider. */
const advance = (bold: boolean) => (bold ? 0.64 : 0.58)
const chars = (width: number, size: number, bold: boolean) => Math.floor(width / (size * advance(bold)))

export interface SocialLayout {
  lines: Array<TextLine & { fill: 'accent' | 'title' | 'text' | 'muted' }>
  /** Where the map is drawn, when the card has one. */
  map: (Box & { scale: number }) | null
}

/** The box a card's line of text covers, by the same estimate that wrapped it. */
export function socialLineBox(l: TextLine): Box {
  return { x: l.x, y: l.y - l.size, w: l.text.length * l.size * advance(l.weight === 700), h: l.size * 1.25 }
}

/**
 * Where everything on a card goes: the text in a column left of the map, each
 * line wrapped to that column (never under the map or off the edge), the map
 * fitted to its box at the right. Pure.
 */
export function socialLayout(card: SocialCard): SocialLayout {
  const map = card.map
    ? (() => {
        const scale = Math.min(MAP.w / card.map.width, MAP.h / card.map.height)
        const w = card.map.width * scale
        const h = card.map.height * scale
        return { x: W - MAP.right - w, y: MAP.top + (MAP.h - h) / 2, w, h, scale }
      })()
    : null
  const room = (map ? W - MAP.right - MAP.w - 48 : W - 2 * LEFT) - LEFT
  const lines: SocialLayout['lines'] = [
    { text: 'MINERAL PEACE ATLAS', x: LEFT, y: 96, size: 28, weight: 700, role: 'title', fill: 'accent' },
    ...wrapText(card.kicker.toUpperCase(), chars(room, 26, false), 1).map((text) => ({
      text,
      x: LEFT,
      y: 140,
      size: 26,
      weight: 400 as const,
      role: 'subtitle' as const,
      fill: 'muted' as const,
    })),
  ]
  // The largest title that leaves room for the status and the parties above the accent bar.
  const rest = (card.date ? 3 * 40 : 0) + (card.parties ? 2 * 34 : 0)
  let title: string[] = []
  let size = 54
  for (size of [54, 46, 40]) {
    title = wrapText(card.title, chars(room, size, true), 4)
    if (210 + (title.length - 1) * (size + 12) + 24 + rest <= H - 40 && !title.at(-1)?.endsWith('…')) break
  }
  let y = 210
  for (const text of title) {
    lines.push({ text, x: LEFT, y, size, weight: 700, role: 'title', fill: 'title' })
    y += size + 12
  }
  // From the title's last baseline: a gap, then each block's lines.
  y += 30 - (size + 12)
  const block = (text: string | undefined, s: number, fill: 'text' | 'muted', max: number) => {
    if (!text) return
    for (const t of wrapText(text, chars(room, s, false), max)) {
      y += s + 4
      lines.push({ text: t, x: LEFT, y, size: s, weight: 400, role: 'legend', fill })
      y += 6
    }
    y += 8
  }
  block(card.date, 30, 'text', 3)
  block(card.parties, 26, 'muted', 2)
  return { lines, map }
}

/** True when no line runs under the map or past the card's edges. */
export function socialFits(layout: SocialLayout): boolean {
  return layout.lines.every((l) => {
    const b = socialLineBox(l)
    return b.x + b.w <= W - 24 && b.y + b.h <= H - 12 && !(layout.map && overlaps(b, layout.map))
  })
}

export function makeSocialSvg(card: SocialCard): string {
  const accent = card.accent ?? '#f1c453'
  const layout = socialLayout(card)
  const FILL = { accent, title: '#ffffff', text: '#dfe7f1', muted: '#c9d4e2' }
  const text = layout.lines
    .map(
      (l) =>
        `<text x="${l.x}" y="${l.y}" font-size="${l.size}"${l.weight === 700 ? ' font-weight="700"' : ''} fill="${FILL[l.fill]}">${escapeXml(l.text)}</text>`,
    )
    .join('\n')
  const m = layout.map
  const map =
    card.map && m
      ? `<g transform="translate(${m.x.toFixed(1)},${m.y.toFixed(1)}) scale(${m.scale.toFixed(4)})"><rect width="${card.map.width}" height="${card.map.height}" fill="#1d3a5c"/>${card.map.countries
          .map((c) => `<path d="${c.d}" fill="${c.party ? accent : '#3c5a7d'}" stroke="#14273d" stroke-width="1"/>`)
          .join('')}</g>`
      : ''
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, Arial, sans-serif">
<rect width="${W}" height="${H}" fill="#14273d"/>
<rect y="618" width="${W}" height="12" fill="${accent}"/>
${text}
${map}
</svg>`
}
