import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { Resvg } from '@resvg/resvg-js'
import { Blob, Buffer, Face, Font, shape } from 'harfbuzzjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cardFontOptions, drawsWith, makeCardFonts, SYSTEM_FONTS } from '../../../../scripts/prerender/cardFonts'

// The cards are drawn in DejaVu Sans, which the build machines have (fontconfig finds it).
const systemFile = (pattern: string) => execFileSync('fc-match', ['-f', '%{file}', pattern], { encoding: 'utf8' })

describe('the card fonts', () => {
  let made: Awaited<ReturnType<typeof makeCardFonts>> = null
  beforeAll(async () => {
    made = await makeCardFonts()
  })
  afterAll(() => made && rmSync(made.dir, { recursive: true, force: true }))
  const card = (text: string, attrs = '') =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80" font-family="Helvetica, Arial, sans-serif">` +
    `<text x="10" y="40" font-size="22"${attrs}>${text}</text></svg>`

  it('draws a card in the cut fonts exactly as in the system fonts', () => {
    expect(made).not.toBeNull()
    const svg = card('Vučić – “conflicts” · 3 deals &amp; 40%', ' font-weight="700"')
    expect(drawsWith(new Set(made!.fonts.codePoints), svg)).toBe(true)
    const png = (o: typeof SYSTEM_FONTS) => new Resvg(svg, o).render().asPng()
    expect(png(cardFontOptions(made!.fonts)).equals(png(SYSTEM_FONTS))).toBe(true)
  })

  it('shapes text into the glyphs and places the full fonts do: the same ids, ligatures, accents and kerning', () => {
    const shaped = (file: string, text: string) => {
      const font = new Font(new Face(new Blob(readFileSync(file))))
      const buffer = new Buffer()
      buffer.addText(text)
      buffer.guessSegmentProperties()
      shape(font, buffer)
      return buffer.getGlyphInfosAndPositions().map((g) => [g.codepoint, g.cluster, g.xAdvance, g.xOffset, g.yOffset])
    }
    const text = 'AVATAR “To” fluffy Vučić, Ty Wa — 3\u0301 ≥ 40%'
    const ffl = shaped(systemFile('DejaVu Sans:weight=regular'), 'ffl')
    expect(ffl.length, 'the full font has a ligature the cut one must keep').toBeLessThan(3)
    for (const [i, pattern] of ['DejaVu Sans:weight=regular', 'DejaVu Sans:bold'].entries())
      expect(shaped(made!.fonts.files[i]!, text)).toEqual(shaped(systemFile(pattern), text))
  })

  it('leaves to the system fonts a card with a character or a font setting the cut fonts lack', () => {
    const kept = new Set(made!.fonts.codePoints)
    expect(drawsWith(kept, card('Ukraine'))).toBe(true)
    expect(drawsWith(kept, card('Україна'))).toBe(false)
    expect(drawsWith(kept, card('&#x4E2D;'))).toBe(false)
    expect(drawsWith(kept, card('Ukraine', ' font-style="italic"'))).toBe(false)
    expect(drawsWith(kept, card('Ukraine', ' font-family="serif"'))).toBe(false)
    expect(drawsWith(kept, card('Ukraine', ' style="font-weight:300"'))).toBe(false)
  })
})
