import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { drawIcon, ICONS } from '../../../scripts/icons'

/** A PNG's width and height, read from its header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) })

describe('the atlas’s icons', () => {
  it('draws the mark as a square PNG of each size', () => {
    const mark = readFileSync('src/icon.svg', 'utf8')
    for (const { size } of ICONS) {
      const png = drawIcon(mark, size)
      expect(png.subarray(1, 4).toString()).toBe('PNG')
      expect(pngSize(png)).toEqual({ width: size, height: size })
    }
  })

  it('the page links each icon, and no SVG icon, which Chromium would draw on the page’s main thread', () => {
    const html = readFileSync('index.html', 'utf8')
    for (const { file } of ICONS) expect(html).toContain(`href="/${file}"`)
    expect(html).not.toMatch(/rel="icon"[^>]*svg/)
  })
})
