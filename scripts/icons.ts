/**
 * The atlas's icons, drawn as PNG from its mark (src/icon.svg): the browser tab's and the
 * phone home screen's. A browser decodes a PNG icon off the page's main thread, while
 * Chromium draws an SVG icon on it, as a whole SVG document of its own, in the middle of
 * the page's load (15–20 ms of a phone-class CPU, which Lighthouse counts as blocking).
 */
import { Resvg } from '@resvg/resvg-js'

/** Each icon index.html links, by its file in public/ and its size in pixels. */
export const ICONS = [
  { file: 'icon-32.png', size: 32 },
  { file: 'apple-touch-icon.png', size: 180 },
] as const

/** The mark drawn as a square PNG of `size` pixels. */
export const drawIcon = (svg: string, size: number): Buffer =>
  new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()
