import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { Blob, Face, Font } from 'harfbuzzjs'
import { describe, expect, it } from 'vitest'
import { subsetFont } from '../../../../scripts/prerender/subsetFont'

// The cards are drawn in DejaVu Sans, which the build machines have (fontconfig finds it).
const regular = readFileSync(
  execFileSync('fc-match', ['-f', '%{file}', 'DejaVu Sans:weight=regular'], { encoding: 'utf8' }),
)
const codes = (s: string) => [...s].map((c) => c.codePointAt(0)!)
const face = (font: Uint8Array) => new Face(new Blob(font))
const tables = (font: Uint8Array) => {
  const view = Buffer.from(font)
  return Array.from({ length: view.readUInt16BE(4) }, (_, i) => view.toString('latin1', 12 + 16 * i, 16 + 16 * i))
}

describe('subsetFont', () => {
  it('keeps the outlines of the characters asked for under their own glyph ids, and empties the others', () => {
    const cut = subsetFont(regular, codes('Abc'), { flags: ['RETAIN_GIDS'] })
    expect([...face(cut).collectUnicodes()]).toEqual(codes('Abc'))
    const [full, small] = [new Font(face(regular)), new Font(face(cut))]
    const glyphOf = (ch: string) => full.glyph(ch.codePointAt(0)!)!
    expect(small.glyphToPath(glyphOf('A'))).toBe(full.glyphToPath(glyphOf('A')))
    expect(full.glyphToPath(glyphOf('Ж'))).not.toBe('')
    expect(small.glyphToPath(glyphOf('Ж'))).toBe('')
    expect(cut.length).toBeLessThan(regular.length / 3)
  })

  it("copies a table it is told to pass through, such as 'kern', which it would otherwise drop", () => {
    expect(tables(regular)).toContain('kern')
    expect(tables(subsetFont(regular, codes('AV'), { flags: ['RETAIN_GIDS'] }))).not.toContain('kern')
    const kept = subsetFont(regular, codes('AV'), { flags: ['RETAIN_GIDS'], passThrough: ['kern'] })
    // Copied at once: the views are of HarfBuzz's memory, which the next call may move.
    const kern = (font: Uint8Array) => Buffer.from(face(font).referenceTable('kern')!)
    expect(kern(kept).equals(kern(regular))).toBe(true)
  })

  it('throws on what is not a font', () => {
    expect(() => subsetFont(new Uint8Array(1000).fill(7), codes('A'), { flags: [] })).toThrow()
  })
})
