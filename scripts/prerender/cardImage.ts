/** A social card's SVG drawn as the PNG pages link to. */
import { Resvg } from '@resvg/resvg-js'
import { setImmediate } from 'node:timers/promises'
import { cardFontOptions, drawsWith, SYSTEM_FONTS, type CardFonts } from './cardFonts'

/**
 * `draw(svg)` draws a card on the calling thread: each thread of the prerender draws the
 * cards of its own pages (see claim.ts), which keeps every core busy without a pool of its
 * own. With `fonts`, the cards they can draw are drawn with them (see cardFonts.ts).
 */
export function cardDrawer(fonts: CardFonts | null): (svg: string) => Promise<Buffer> {
  const kept = new Set(fonts?.codePoints)
  const small = fonts && cardFontOptions(fonts)
  return async (svg) => {
    const png = new Resvg(svg, small && drawsWith(kept, svg) ? small : SYSTEM_FONTS).render().asPng()
    // A drawn card holds megabytes outside the JavaScript heap, freed by a finalizer that runs only
    // when the event loop turns: without this turn, thousands of cards would stay in memory.
    await setImmediate()
    return png
  }
}
