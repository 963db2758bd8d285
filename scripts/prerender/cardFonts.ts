/**
 * The fonts the social cards are drawn with. resvg reads a font's whole file again for
 * every glyph it draws, so with the system's DejaVu Sans (760 kB) a card's text cost more
 * than the rest of the card. The cards are drawn instead with copies of DejaVu Sans and
 * DejaVu Sans Bold cut by HarfBuzz's subsetter (subsetFont.ts) to the Latin, punctuation,
 * arrow and mathematical characters: their glyphs keep their ids, and what every layout
 * feature can turn them into (ligatures such as "fl", accents placed on letters) and their
 * kerning stay, so the same pixels, byte for byte; only the hinting, which resvg does not
 * use, goes. That is checked once per build by drawing every kept character both ways; a
 * card with any other character or font setting, and every card if HarfBuzz fails or the
 * check does, is drawn with the system's fonts.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js'
import { subsetFont, type SubsetOptions } from './subsetFont'

// DejaVu Sans for every family: the widest common sans, which the cards' text boxes are measured for.
const FAMILIES = { defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
const FIT: ResvgRenderOptions['fitTo'] = { mode: 'width', value: 1200 }
export const SYSTEM_FONTS: ResvgRenderOptions = { font: { loadSystemFonts: true, ...FAMILIES }, fitTo: FIT }

/** The font family the cards name (src/components/frame/composeFrameSvg.ts), which resolves to DejaVu Sans. */
const CARD_FAMILY = 'Helvetica, Arial, sans-serif'
const RANGES: Array<[number, number]> = [
  [0x20, 0x24f], // Basic Latin to Latin Extended-B
  [0x300, 0x36f], // combining accents
  [0x2000, 0x206f], // punctuation: dashes, quotes, ellipsis
  [0x20a0, 0x20cf], // currency signs
  [0x2190, 0x22ff], // arrows and mathematical operators
]

/** What the threads are given: the small fonts and the characters they draw; null to use the system's. */
export interface CardFonts {
  files: string[]
  codePoints: number[]
}

const fontFile = (pattern: string): string | null => {
  try {
    return execFileSync('fc-match', ['-f', '%{file}', pattern], { encoding: 'utf8' }).trim() || null
  } catch {
    return null
  }
}

/** Every character drawn in both weights: the check that the small fonts draw what the system's do. */
function specimen(codePoints: number[]): string {
  const lines: string[] = []
  for (let i = 0; i < codePoints.length; i += 50) {
    const text = String.fromCodePoint(...codePoints.slice(i, i + 50))
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
    lines.push(text)
  }
  const rows = [...lines.map((t) => [t, '']), ...lines.map((t) => [t, ' font-weight="700"'])]
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="${24 * rows.length + 24}" font-family="${CARD_FAMILY}">` +
    rows.map(([t, w], i) => `<text x="8" y="${24 * i + 24}" font-size="18"${w}>${t}</text>`).join('') +
    '</svg>'
  )
}

const png = (svg: string, options: ResvgRenderOptions) => new Resvg(svg, options).render().asPng()

const WANTED = RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i))
// 'kern' is copied whole (hb-subset would drop it, having no cutter for it): the ids it names stay.
const CUT: SubsetOptions = {
  flags: ['RETAIN_GIDS', 'NOTDEF_OUTLINE', 'NO_HINTING'],
  passThrough: ['kern'],
  allFeatures: true,
}

/** The small fonts and the characters both have; throws if HarfBuzz cannot load or cut them. */
async function cutFonts(sources: string[]): Promise<{ cut: Uint8Array[]; codePoints: number[] }> {
  // harfbuzzjs (HarfBuzz itself, to read the cut fonts) is loaded first: loaded after a cut, it took ten times longer.
  const { Blob, Face } = await import('harfbuzzjs')
  const cut = sources.map((f) => subsetFont(readFileSync(f), WANTED, CUT))
  const kept = cut.map((font) => new Set(new Face(new Blob(font)).collectUnicodes()))
  return { cut, codePoints: WANTED.filter((c) => kept.every((k) => k.has(c))) }
}

/** Writes the small fonts to a temporary folder; null when DejaVu Sans is not found, HarfBuzz fails or they draw differently. */
export async function makeCardFonts(): Promise<{ fonts: CardFonts; dir: string } | null> {
  const sources = [fontFile('DejaVu Sans:weight=regular'), fontFile('DejaVu Sans:bold')]
  if (sources.some((f) => !f || !f.endsWith('.ttf'))) return null
  let made: Awaited<ReturnType<typeof cutFonts>>
  try {
    made = await cutFonts(sources as string[])
  } catch (error) {
    console.warn(`card fonts: HarfBuzz could not cut DejaVu Sans (${String(error)}); the cards use the system fonts`)
    return null
  }
  const dir = mkdtempSync(join(tmpdir(), 'atlas-card-fonts-'))
  const files = made.cut.map((font, i) => {
    const file = join(dir, `card-font-${i}.ttf`)
    writeFileSync(file, font)
    return file
  })
  const fonts = { files, codePoints: made.codePoints }
  const probe = specimen(fonts.codePoints)
  if (png(probe, SYSTEM_FONTS).equals(png(probe, cardFontOptions(fonts)))) return { fonts, dir }
  rmSync(dir, { recursive: true, force: true })
  return null
}

export const cardFontOptions = ({ files }: CardFonts): ResvgRenderOptions => ({
  font: { loadSystemFonts: false, fontFiles: files, ...FAMILIES },
  fitTo: FIT,
})

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/**
 * Whether the small fonts draw this card as the system's would: it names no font but the
 * cards' family, in regular or bold, and every character it holds (tags and titles
 * included, to be safe) is one they keep.
 */
export function drawsWith(kept: ReadonlySet<number>, svg: string): boolean {
  const settings = svg.match(/font[\w-]*/g) ?? []
  const plain = svg.match(/ font-(?:size="[\d.]+"|weight="700"|family="[^"]*")/g) ?? []
  const family = ` font-family="${CARD_FAMILY}"`
  if (settings.length !== plain.length || plain.some((s) => s.startsWith(' font-family') && s !== family)) return false
  const text = svg.replace(ENTITY, (_, hex?: string, dec?: string, name?: string) =>
    name ? NAMED[name.toLowerCase()]! : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)),
  )
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    if (c !== 0x0a && c !== 0x09 && c !== 0x0d && !kept.has(c)) return false
  }
  return true
}
