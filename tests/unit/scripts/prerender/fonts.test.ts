import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { Resvg } from '@resvg/resvg-js'
import { afterAll, describe, expect, it } from 'vitest'
import { cardFontOptions, drawsWith, makeCardFonts, SYSTEM_FONTS } from '../../../../scripts/prerender/cardFonts'
import { characterMap, glyphClosure } from '../../../../scripts/prerender/glyphClosure'
import { glyphRanges, keepGlyphs, readTables, writeTables } from '../../../../scripts/prerender/sfnt'

// The cards are drawn in DejaVu Sans, which the build machines have (fontconfig finds it).
const regular = readFileSync(
  execFileSync('fc-match', ['-f', '%{file}', 'DejaVu Sans:weight=regular'], { encoding: 'utf8' }),
)
const tables = readTables(regular)
const cmap = characterMap(tables)
const glyphOf = (ch: string) => cmap.get(ch.codePointAt(0)!)!
const codes = (s: string) => [...s].map((c) => c.codePointAt(0)!)

describe('the card fonts', () => {
  it('writes a font back table for table, with a valid whole-file checksum', () => {
    const again = readTables(writeTables(tables))
    expect([...again.keys()].sort()).toEqual([...tables.keys()].sort())
    for (const [tag, t] of tables) if (tag !== 'head') expect(again.get(tag)!.equals(t), tag).toBe(true)
    const file = writeTables(tables)
    let sum = 0
    for (let i = 0; i < file.length; i += 4) sum = (sum + file.readUInt32BE(i)) >>> 0
    expect(sum).toBe(0xb1b0afba)
  })

  it('keeps the glyphs text can be shaped into, such as the "fl" ligature, and no others', () => {
    const keep = glyphClosure(tables, codes('conflicts é'))
    expect(keep.has(glyphOf('f')) && keep.has(glyphOf('l'))).toBe(true)
    expect(keep.has(glyphOf('\ufb02')), 'the "fl" ligature, which no character of the text maps to').toBe(true)
    expect(keep.has(glyphOf('Ж'))).toBe(false)
    expect(keep.has(0)).toBe(true)
  })

  it('empties the other glyphs and leaves every id where it was', () => {
    const keep = glyphClosure(tables, codes('Abc'))
    const cut = readTables(writeTables(keepGlyphs(tables, keep)))
    const [before, after] = [glyphRanges(tables), glyphRanges(cut)]
    expect(after.length).toBe(before.length)
    const bytes = (t: typeof tables, r: [number, number]) => t.get('glyf')!.subarray(r[0], r[1])
    const a = glyphOf('A')
    expect(
      bytes(cut, after[a]!)
        .subarray(0, before[a]![1] - before[a]![0])
        .equals(bytes(tables, before[a]!)),
    ).toBe(true)
    const zhe = glyphOf('Ж')
    expect(after[zhe]![1] - after[zhe]![0]).toBe(0)
    expect(writeTables(keepGlyphs(tables, keep)).length).toBeLessThan(regular.length / 3)
  })

  const made = makeCardFonts()
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
