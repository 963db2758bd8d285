/**
 * The 1200×630 social card of a page, as an SVG string (turned into PNG at build
 * time): the same frame as a download at the social size, laid out by
 * `layoutFrame` and drawn by `composeFrameSvg` (title, subtitle, the chart, its
 * legend and the credit lines, no text over the chart or off the card). Colours
 * may be the design tokens (`var(--seq-2)`); they are resolved against the light
 * theme's values, since an image carries no stylesheet. Pure.
 */
import { composeFrameSvg } from '../components/frame/composeFrameSvg'
import { layoutFrame, type FrameLayout } from '../components/frame/frameLayout'
import { resolveTokens, type Tokens } from './cardTokens'

export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 630

/** A card's chart: markup in its own `width` × `height` coordinates, scaled into the frame's chart box. */
export interface CardChart {
  width: number
  height: number
  body: string
}

/** A key to the chart: a swatch (`fill`, optionally `stroke`) and its label, or a line of text (no fill). */
export interface CardKey {
  label: string
  fill?: string
  stroke?: string
}

export interface SocialCard {
  title: string
  /** What is shown, as of when. */
  subtitle: string
  legend: readonly CardKey[]
  /** The credit lines: sources, then the licence and the page's address. */
  footer: readonly string[]
  chart: CardChart
}

/** Where everything on the card goes. */
export function cardLayout(card: SocialCard): FrameLayout {
  return layoutFrame(
    {
      title: card.title,
      subtitle: card.subtitle,
      legend: card.legend.map((k) => ({ kind: k.fill ? 'item' : 'text', label: k.label })),
      footer: card.footer,
      aspect: card.chart.width / card.chart.height,
    },
    CARD_WIDTH,
    CARD_HEIGHT,
  )
}

const swatch = (k: CardKey) => (s: number) =>
  `<rect width="${s}" height="${s}" rx="2" fill="${k.fill ?? 'none'}" stroke="${k.stroke ?? 'var(--coast)'}" stroke-width="${k.stroke ? 2 : 0.75}"/>`

export function makeSocialSvg(card: SocialCard, tokens: Tokens): string {
  const layout = cardLayout(card)
  const { chart } = layout
  const scale = chart.w / card.chart.width
  const svg = composeFrameSvg(layout, {
    chart: `<g transform="translate(${chart.x.toFixed(1)},${chart.y.toFixed(1)}) scale(${scale.toFixed(4)})">${card.chart.body}</g>`,
    legend: card.legend.map((k) => ({ label: k.label, swatch: swatch(k) })),
    colours: { background: 'var(--surface)', text: 'var(--text)', muted: 'var(--text-muted)' },
    title: card.title,
  })
  return resolveTokens(svg, tokens)
}
