import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lineBox, overlaps, type FrameLayout } from '../../../src/components/frame/frameLayout'
import { loadDataset } from '../../../src/data/load'
import { makeIndex } from '../../../src/data/selectors'
import { isRegionShapes, type RegionShapes } from '../../../src/map/locator'
import { lightTokens } from '../../../src/og/cardTokens'
import { cardLayout, makeSocialSvg, type SocialCard } from '../../../src/og/socialImage'
import type { BuildContext, Params, RouteBuild } from '../../../src/pages/routeTypes'
import { route as conflictRoute } from '../../../src/pages/conflict/route'
import { route as dealRoute } from '../../../src/pages/deal/route'
import { route as homeRoute } from '../../../src/pages/map/route'
import { route as layerRoute } from '../../../src/pages/map/layerRoute'
import { route as mineralRoute } from '../../../src/pages/mineral/route'
import { route as timelineRoute } from '../../../src/pages/timeline/route'
import { readDataDir } from '../../../scripts/readDataDir'

// The regional shapes the build cuts (`make-regions`); without them the locator cards fall back to the world map.
const REGIONS = 'src/generated/regions'
const regions = new Map<string, RegionShapes>()
if (existsSync(REGIONS))
  for (const f of readdirSync(REGIONS)) {
    const r: unknown = JSON.parse(readFileSync(join(REGIONS, f), 'utf8'))
    if (isRegionShapes(r)) regions.set(r.conflict, r)
  }
const { dataset } = loadDataset(readDataDir('data'))
const ctx: BuildContext = { ix: makeIndex(dataset!), region: (id) => regions.get(id) ?? null }
const tokens = lightTokens(readFileSync('src/styles/tokens.css', 'utf8'))

const cardsOf = (route: RouteBuild): Array<[Params, SocialCard]> =>
  route.paths(ctx.ix).flatMap((p) => {
    const c = route.card?.(ctx, p)
    return c ? [[p, c] as [Params, SocialCard]] : []
  })

const KINDS = {
  home: cardsOf(homeRoute),
  'map layer': cardsOf(layerRoute),
  conflict: cardsOf(conflictRoute),
  deal: cardsOf(dealRoute),
  mineral: cardsOf(mineralRoute),
  timeline: cardsOf(timelineRoute),
}

/** What is wrong with a card's layout, read from its boxes: text over the map, off the card, or over other text. */
function misfits(l: FrameLayout): string[] {
  const boxes = [
    ...l.lines.map((x) => ({ text: x.text, box: lineBox(x) })),
    ...l.legend.map((p) => ({ text: p.label, box: p.box })),
  ]
  const out: string[] = []
  if (l.chart.w <= 0 || l.chart.h <= 0) out.push('no room for the map')
  boxes.forEach(({ text, box: b }, i) => {
    if (overlaps(b, l.chart)) out.push(`"${text}" runs over the map`)
    if (b.x < 0 || b.y < 0 || b.x + b.w > 1200 || b.y + b.h > 630) out.push(`"${text}" runs off the card`)
    boxes.slice(i + 1).forEach((o) => overlaps(b, o.box) && out.push(`"${text}" runs into "${o.text}"`))
  })
  return out
}

describe(cardLayout, () => {
  for (const [kind, cards] of Object.entries(KINDS))
    it(`every ${kind} card keeps its text inside 1200×630 and clear of its map`, () => {
      expect(cards.length).toBeGreaterThan(0)
      const wrong = cards.flatMap(([p, c]) => misfits(cardLayout(c)).map((m) => `${JSON.stringify(p)}: ${m}`))
      expect(wrong).toEqual([])
    })

  it('cardLayout(card) wraps a long title and cuts what will not fit with an ellipsis, still clear of the map', () => {
    const [, card] = KINDS.conflict[0]!
    const long: SocialCard = {
      ...card,
      title: 'Agreement on the Establishment of a United States–Ukraine Reconstruction Investment Fund '.repeat(3),
      subtitle: 'Supercalifragilisticexpialidocious'.repeat(8) + ' and the rest. '.repeat(40),
      legend: [{ label: 'a legend label far too long for any row of the card '.repeat(4), fill: 'var(--seq-0)' }],
    }
    const l = cardLayout(long)
    expect(misfits(l)).toEqual([])
    const titles = l.lines.filter((x) => x.role === 'title')
    expect(titles.length).toBeGreaterThan(1)
    expect(titles.at(-1)!.text.endsWith('…')).toBe(true)
    expect(l.legend[0]!.label.endsWith('…')).toBe(true)
    expect(l.chart.h).toBeGreaterThan(630 / 3)
  })
})

describe(makeSocialSvg, () => {
  it('makeSocialSvg(card, tokens) is a 1200×630 SVG with its colours resolved and its text escaped', () => {
    const [, card] = KINDS.deal[0]!
    const svg = makeSocialSvg({ ...card, title: 'A & B <script>' }, tokens)
    expect(svg).toContain('width="1200" height="630"')
    expect(svg).toContain('A &amp; B &lt;script&gt;')
    expect(svg).not.toContain('<script>')
    expect(svg).not.toContain('var(--')
    expect(svg).toContain('Mineral Peace Atlas')
    expect(svg).toMatch(/mineral-peace-atlas\.org\/deals\//)
  })

  it('the card of the US–Ukraine minerals deal names and shades its signatories, not the war’s other party', () => {
    const card = dealRoute.card!(ctx, { dealId: 'us-ukraine-minerals-deal' })!
    const region = regions.get('russia-ukraine')
    expect(card.subtitle).toMatch(/Signatories: [^.]*Ukraine/)
    expect(card.subtitle).not.toContain('Russia ·')
    if (!region) return
    const d = (iso: string) => region.countries.find((c) => c.iso3 === iso)!.d
    expect(card.chart.body).toContain(`<path d="${d('UKR')}" fill="var(--status-ceasefire-soft)"`)
    expect(card.chart.body).toContain(`<path d="${d('RUS')}" fill="var(--land)"`)
  })
})
