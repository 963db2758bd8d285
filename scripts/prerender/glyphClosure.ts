/**
 * Which glyphs of a TrueType font can draw a set of characters: those the character map
 * gives them, every glyph a substitution (GSUB: ligatures such as "fl", alternates,
 * decompositions) can turn them into, and the parts of composite glyphs (accented
 * letters). Substitutions are followed whatever their context or feature, so the set is
 * never smaller than what text shaping can use. See cardFonts.ts.
 */
import { glyphRanges, type Tables } from './sfnt'

/** The character map: code point → glyph, from the Unicode subtable (format 12, else format 4). */
export function characterMap(tables: Tables): Map<number, number> {
  const cmap = tables.get('cmap')!
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + 8 * i),
    encoding: cmap.readUInt16BE(6 + 8 * i),
    at: cmap.readUInt32BE(8 + 8 * i),
  })).filter((s) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10)))
  const out = new Map<number, number>()
  const f12 = subtables.find((s) => cmap.readUInt16BE(s.at) === 12)
  if (f12) {
    for (let g = 0, n = cmap.readUInt32BE(f12.at + 12); g < n; g++) {
      const at = f12.at + 16 + 12 * g
      const [start, end, glyph] = [cmap.readUInt32BE(at), cmap.readUInt32BE(at + 4), cmap.readUInt32BE(at + 8)]
      for (let c = start; c <= end; c++) out.set(c, glyph + c - start)
    }
    return out
  }
  const f4 = subtables.find((s) => cmap.readUInt16BE(s.at) === 4)
  if (!f4) return out
  const segments = cmap.readUInt16BE(f4.at + 6) / 2
  const ends = f4.at + 14
  const starts = ends + 2 * segments + 2
  const deltas = starts + 2 * segments
  const rangeOffsets = deltas + 2 * segments
  for (let s = 0; s < segments; s++) {
    const [start, end] = [cmap.readUInt16BE(starts + 2 * s), cmap.readUInt16BE(ends + 2 * s)]
    const delta = cmap.readInt16BE(deltas + 2 * s)
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + 2 * s)
    for (let c = start; c <= end && c !== 0xffff; c++) {
      const raw = rangeOffset === 0 ? c : cmap.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start))
      const glyph = rangeOffset !== 0 && raw === 0 ? 0 : (raw + delta) & 0xffff
      if (glyph !== 0) out.set(c, glyph)
    }
  }
  return out
}

/** The glyphs of a coverage table, in coverage order. */
function coverage(t: Buffer, at: number): number[] {
  const n = t.readUInt16BE(at + 2)
  if (t.readUInt16BE(at) === 1) return Array.from({ length: n }, (_, i) => t.readUInt16BE(at + 4 + 2 * i))
  const out: number[] = []
  for (let r = 0; r < n; r++)
    for (let g = t.readUInt16BE(at + 4 + 6 * r); g <= t.readUInt16BE(at + 6 + 6 * r); g++) out.push(g)
  return out
}

const glyphList = (t: Buffer, at: number) =>
  Array.from({ length: t.readUInt16BE(at) }, (_, i) => t.readUInt16BE(at + 2 + 2 * i))

/** Each substitution of a GSUB subtable as [glyphs it needs, glyphs it gives]. */
function substitutions(t: Buffer, type: number, at: number): Array<[number[], number[]]> {
  if (type === 7) return substitutions(t, t.readUInt16BE(at + 2), at + t.readUInt32BE(at + 4))
  // Contextual substitutions (types 5 and 6) only call other lookups, which are followed on their own.
  if (type === 5 || type === 6) return []
  const covered = coverage(t, at + t.readUInt16BE(at + 2))
  const each = (f: (g: number, i: number) => Array<[number[], number[]]>) => covered.flatMap(f)
  if (type === 1 && t.readUInt16BE(at) === 1) return each((g) => [[[g], [(g + t.readInt16BE(at + 4)) & 0xffff]]])
  if (type === 1) return each((g, i) => [[[g], [t.readUInt16BE(at + 6 + 2 * i)]]])
  if (type === 2 || type === 3) return each((g, i) => [[[g], glyphList(t, at + t.readUInt16BE(at + 6 + 2 * i))]])
  if (type === 4)
    return each((g, i) => {
      const set = at + t.readUInt16BE(at + 6 + 2 * i)
      return Array.from({ length: t.readUInt16BE(set) }, (_, l): [number[], number[]] => {
        const lig = set + t.readUInt16BE(set + 2 + 2 * l)
        const parts = Array.from({ length: t.readUInt16BE(lig + 2) - 1 }, (_, c) => t.readUInt16BE(lig + 4 + 2 * c))
        return [[g, ...parts], [t.readUInt16BE(lig)]]
      })
    })
  if (type === 8) {
    const back = t.readUInt16BE(at + 4)
    const ahead = at + 6 + 2 * back
    const subs = ahead + 2 + 2 * t.readUInt16BE(ahead)
    return each((g, i) => [[[g], [t.readUInt16BE(subs + 2 + 2 * i)]]])
  }
  return []
}

/** Every substitution of the font's GSUB table, of every lookup. */
function allSubstitutions(tables: Tables): Array<[number[], number[]]> {
  const gsub = tables.get('GSUB')
  if (!gsub) return []
  const list = gsub.readUInt16BE(8)
  return Array.from({ length: gsub.readUInt16BE(list) }, (_, l) => list + gsub.readUInt16BE(list + 2 + 2 * l)).flatMap(
    (lookup) =>
      Array.from({ length: gsub.readUInt16BE(lookup + 4) }, (_, s) =>
        substitutions(gsub, gsub.readUInt16BE(lookup), lookup + gsub.readUInt16BE(lookup + 6 + 2 * s)),
      ).flat(),
  )
}

/** The glyphs a composite glyph is made of (none for a simple or empty glyph). */
function components(glyf: Buffer, [from, to]: [number, number]): number[] {
  if (to - from < 10 || glyf.readInt16BE(from) >= 0) return []
  const out: number[] = []
  for (let at = from + 10, more = true; more;) {
    const flags = glyf.readUInt16BE(at)
    out.push(glyf.readUInt16BE(at + 2))
    at += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0)
    more = (flags & 0x0020) !== 0
  }
  return out
}

/** The glyphs that can draw text made of `codePoints` (with glyph 0, the missing-glyph box). */
export function glyphClosure(tables: Tables, codePoints: Iterable<number>): Set<number> {
  const cmap = characterMap(tables)
  const keep = new Set([0])
  for (const c of codePoints) if (cmap.has(c)) keep.add(cmap.get(c)!)
  const subs = allSubstitutions(tables)
  for (let grew = true; grew;) {
    const before = keep.size
    for (const [needs, gives] of subs) if (needs.every((g) => keep.has(g))) for (const g of gives) keep.add(g)
    grew = keep.size > before
  }
  const ranges = glyphRanges(tables)
  const glyf = tables.get('glyf')!
  const stack = [...keep]
  for (let g = stack.pop(); g !== undefined; g = stack.pop())
    for (const part of components(glyf, ranges[g] ?? [0, 0]))
      if (!keep.has(part)) {
        keep.add(part)
        stack.push(part)
      }
  return keep
}
