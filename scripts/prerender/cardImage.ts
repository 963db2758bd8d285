/** A social card's SVG drawn as the PNG pages link to. */
import { Resvg } from '@resvg/resvg-js'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { cardFontOptions, drawsWith, SYSTEM_FONTS, type CardFonts } from './cardFonts'

// A drawn card holds megabytes outside the JavaScript heap, which the garbage collector does not
// count, so it would leave thousands of them uncollected: it is asked to run every so many cards.
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void
const CARDS_PER_COLLECTION = 100

/**
 * `draw(svg)` draws a card on the calling thread: each thread of the prerender draws the
 * cards of its own pages (see claim.ts), which keeps every core busy without a pool of its
 * own. With `fonts`, the cards they can draw are drawn with them (see cardFonts.ts).
 */
export function cardDrawer(fonts: CardFonts | null): (svg: string) => Buffer {
  const kept = new Set(fonts?.codePoints)
  const small = fonts && cardFontOptions(fonts)
  let drawn = 0
  return (svg) => {
    const png = new Resvg(svg, small && drawsWith(kept, svg) ? small : SYSTEM_FONTS).render().asPng()
    if (++drawn % CARDS_PER_COLLECTION === 0) collect()
    return png
  }
}
