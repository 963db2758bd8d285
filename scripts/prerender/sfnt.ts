/**
 * Reading and writing TrueType font files (sfnt) table by table, and the one change the
 * card fonts need: a font whose glyphs outside a set are left empty, every glyph keeping
 * its id, so every other table (metrics, kerning, substitutions, names) stays as it was.
 * See cardFonts.ts for why.
 */

export type Tables = Map<string, Buffer>

export function readTables(font: Buffer): Tables {
  const tables: Tables = new Map()
  const count = font.readUInt16BE(4)
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i
    const offset = font.readUInt32BE(at + 8)
    tables.set(font.toString('latin1', at, at + 4), font.subarray(offset, offset + font.readUInt32BE(at + 12)))
  }
  return tables
}

const padded = (b: Buffer) => (b.length % 4 ? Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]) : b)

function checksum(b: Buffer): number {
  const p = padded(b)
  let sum = 0
  for (let i = 0; i < p.length; i += 4) sum = (sum + p.readUInt32BE(i)) >>> 0
  return sum
}

/** A font file of these tables, in tag order, each 4-byte aligned, with its checksums. */
export function writeTables(tables: Tables, sfntVersion = 0x00010000): Buffer {
  const tags = [...tables.keys()].sort()
  const head = Buffer.alloc(12 + 16 * tags.length)
  const entrySelector = Math.floor(Math.log2(tags.length))
  head.writeUInt32BE(sfntVersion, 0)
  head.writeUInt16BE(tags.length, 4)
  head.writeUInt16BE(16 * 2 ** entrySelector, 6)
  head.writeUInt16BE(entrySelector, 8)
  head.writeUInt16BE(16 * tags.length - 16 * 2 ** entrySelector, 10)
  const bodies: Buffer[] = []
  let offset = head.length
  let headAt = -1
  tags.forEach((tag, i) => {
    let table = tables.get(tag)!
    if (tag === 'head') {
      table = Buffer.from(table)
      table.writeUInt32BE(0, 8) // checkSumAdjustment, set once the whole file is known
      headAt = offset
    }
    head.write(tag, 12 + 16 * i, 'latin1')
    head.writeUInt32BE(checksum(table), 16 + 16 * i)
    head.writeUInt32BE(offset, 20 + 16 * i)
    head.writeUInt32BE(table.length, 24 + 16 * i)
    bodies.push(padded(table))
    offset += bodies[bodies.length - 1]!.length
  })
  const file = Buffer.concat([head, ...bodies])
  if (headAt >= 0) file.writeUInt32BE((0xb1b0afba - checksum(file)) >>> 0, headAt + 8)
  return file
}

/** The byte range of each glyph in `glyf`, from `loca` (short or long offsets, as `head` says). */
export function glyphRanges(tables: Tables): Array<[number, number]> {
  const count = tables.get('maxp')!.readUInt16BE(4)
  const long = tables.get('head')!.readInt16BE(50) === 1
  const loca = tables.get('loca')!
  const at = (i: number) => (long ? loca.readUInt32BE(4 * i) : 2 * loca.readUInt16BE(2 * i))
  return Array.from({ length: count }, (_, i) => [at(i), at(i + 1)])
}

/**
 * The font with only the outlines of `keep` (glyph 0 always kept), the ids unchanged, long
 * offsets; and its `post` table without glyph names (version 3), which nothing draws with.
 */
export function keepGlyphs(tables: Tables, keep: ReadonlySet<number>): Tables {
  const glyf = tables.get('glyf')!
  const parts: Buffer[] = []
  const loca = Buffer.alloc(4 * (glyphRanges(tables).length + 1))
  let offset = 0
  glyphRanges(tables).forEach(([from, to], gid) => {
    loca.writeUInt32BE(offset, 4 * gid)
    if (gid !== 0 && !keep.has(gid)) return
    const glyph = padded(glyf.subarray(from, to))
    parts.push(glyph)
    offset += glyph.length
  })
  loca.writeUInt32BE(offset, loca.length - 4)
  const head = Buffer.from(tables.get('head')!)
  head.writeInt16BE(1, 50)
  const out = new Map(tables)
  out.set('glyf', Buffer.concat(parts))
  out.set('loca', loca)
  out.set('head', head)
  const post = tables.get('post')
  if (post && post.length >= 32) {
    const v3 = Buffer.from(post.subarray(0, 32))
    v3.writeUInt32BE(0x00030000, 0)
    out.set('post', v3)
  }
  return out
}
