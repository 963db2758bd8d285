/**
 * HarfBuzz's own subsetter, hb-subset (the WebAssembly build harfbuzzjs ships, which has
 * no JavaScript wrapper), called through its C API: a font file cut to the glyphs that can
 * draw some characters, with everything the kept glyphs need to be drawn as before.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

interface HbSubset {
  memory: WebAssembly.Memory
  _initialize(): void
  malloc(size: number): number
  free(ptr: number): void
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number
  hb_blob_destroy(blob: number): void
  hb_blob_get_data(blob: number, length: number): number
  hb_blob_get_length(blob: number): number
  hb_face_create(blob: number, index: number): number
  hb_face_destroy(face: number): void
  hb_face_reference_blob(face: number): number
  hb_set_add(set: number, value: number): void
  hb_set_del(set: number, value: number): void
  hb_set_clear(set: number): void
  hb_set_invert(set: number): void
  hb_subset_input_create_or_fail(): number
  hb_subset_input_destroy(input: number): void
  hb_subset_input_set(input: number, set: number): number
  hb_subset_input_set_flags(input: number, flags: number): void
  hb_subset_or_fail(face: number, input: number): number
}

// From hb-subset.h (hb_subset_flags_t, hb_subset_sets_t) and hb-blob.h.
const READONLY = 1
const FLAGS = { NO_HINTING: 0x1, RETAIN_GIDS: 0x2, NOTDEF_OUTLINE: 0x40 }
const SETS = { UNICODE: 1, NO_SUBSET_TABLE_TAG: 2, DROP_TABLE_TAG: 3, LAYOUT_FEATURE_TAG: 6 }

export interface SubsetOptions {
  /** Flags of hb_subset_flags_t by name. */
  flags: ReadonlyArray<keyof typeof FLAGS>
  /** Tables copied as they are rather than dropped (hb-subset drops 'kern', which it cannot cut). */
  passThrough?: readonly string[]
  /** Keep the substitutions and positionings of every layout feature, not only HarfBuzz's default list. */
  allFeatures?: boolean
}

const tag = (s: string) => [...s].reduce((t, c) => (t << 8) | c.charCodeAt(0), 0) >>> 0

let loaded: HbSubset | undefined
function hbSubset(): HbSubset {
  if (!loaded) {
    const file = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')
    const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)))
    loaded = instance.exports as unknown as HbSubset
    loaded._initialize() // the C++ runtime's set-up, once
  }
  return loaded
}

/** The font cut to what draws `codePoints`; throws if HarfBuzz cannot read or cut it. */
export function subsetFont(font: Uint8Array, codePoints: Iterable<number>, options: SubsetOptions): Uint8Array {
  const hb = hbSubset()
  const data = hb.malloc(font.byteLength)
  new Uint8Array(hb.memory.buffer, data, font.byteLength).set(font)
  const blob = hb.hb_blob_create(data, font.byteLength, READONLY, 0, 0)
  const face = hb.hb_face_create(blob, 0)
  const input = hb.hb_subset_input_create_or_fail()
  try {
    if (!input) throw new Error('hb-subset: out of memory')
    const set = (which: number) => hb.hb_subset_input_set(input, which)
    for (const c of codePoints) hb.hb_set_add(set(SETS.UNICODE), c)
    for (const t of options.passThrough ?? []) {
      hb.hb_set_del(set(SETS.DROP_TABLE_TAG), tag(t))
      hb.hb_set_add(set(SETS.NO_SUBSET_TABLE_TAG), tag(t))
    }
    if (options.allFeatures) {
      hb.hb_set_clear(set(SETS.LAYOUT_FEATURE_TAG))
      hb.hb_set_invert(set(SETS.LAYOUT_FEATURE_TAG))
    }
    hb.hb_subset_input_set_flags(
      input,
      options.flags.reduce((f, name) => f | FLAGS[name], 0),
    )
    const cut = hb.hb_subset_or_fail(face, input)
    if (!cut) throw new Error('hb-subset could not cut the font')
    const out = hb.hb_face_reference_blob(cut)
    // Copied out before anything is freed; the memory may have grown, so the view is taken now.
    const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(out, 0), hb.hb_blob_get_length(out)).slice()
    hb.hb_blob_destroy(out)
    hb.hb_face_destroy(cut)
    if (!bytes.length) throw new Error('hb-subset wrote an empty font')
    return bytes
  } finally {
    if (input) hb.hb_subset_input_destroy(input)
    hb.hb_face_destroy(face)
    hb.hb_blob_destroy(blob)
    hb.free(data)
  }
}
