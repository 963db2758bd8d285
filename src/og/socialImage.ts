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

export { wrapText }

const MAP_W = 380

export function makeSocialSvg(card: SocialCard): string {
  const accent = card.accent ?? '#f1c453'
  const hasMap = !!card.map
  // Bold DejaVu Sans is about 0.6 em per character; wrap to the room left of the map.
  const room = hasMap ? 1200 - 72 - 64 - MAP_W - 48 : 1200 - 144
  let size = 54
  let lines = wrapText(card.title, Math.floor(room / (size * 0.6)), 3)
  if (lines.at(-1)?.endsWith('…')) {
    size = 44
    lines = wrapText(card.title, Math.floor(room / (size * 0.6)), 4)
  }
  const textWidth = Math.floor(room / (26 * 0.55))
  const title = lines
    .map(
      (l, i) =>
        `<text x="72" y="${210 + i * (size + 12)}" font-size="${size}" font-weight="700" fill="#ffffff">${escapeXml(l)}</text>`,
    )
    .join('')
  let map = ''
  if (card.map) {
    const scale = Math.min(MAP_W / card.map.width, 400 / card.map.height)
    const tx = 1200 - 64 - card.map.width * scale
    const ty = 115 + (400 - card.map.height * scale) / 2
    map = `<g transform="translate(${tx.toFixed(1)},${ty.toFixed(1)}) scale(${scale.toFixed(4)})"><rect width="${card.map.width}" height="${card.map.height}" fill="#1d3a5c"/>${card.map.countries
      .map((c) => `<path d="${c.d}" fill="${c.party ? accent : '#3c5a7d'}" stroke="#14273d" stroke-width="1"/>`)
      .join('')}</g>`
  }
  const below = 210 + lines.length * (size + 12) + 20
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, Arial, sans-serif">
<rect width="1200" height="630" fill="#14273d"/>
<rect y="618" width="1200" height="12" fill="${accent}"/>
<text x="72" y="96" font-size="28" font-weight="700" fill="${accent}">MINERAL PEACE ATLAS</text>
<text x="72" y="140" font-size="26" fill="#c9d4e2">${escapeXml(card.kicker.toUpperCase())}</text>
${title}
${card.date ? `<text x="72" y="${below + 30}" font-size="30" fill="#dfe7f1">${escapeXml(card.date)}</text>` : ''}
${card.parties ? `<text x="72" y="${below + 74}" font-size="26" fill="#c9d4e2">${escapeXml(wrapText(card.parties, textWidth, 1)[0] ?? '')}</text>` : ''}
${map}
</svg>`
}
