import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../../src/data/load'
import { makeIndex } from '../../../src/data/selectors'
import { isRegionShapes, type RegionShapes } from '../../../src/map/locator'
import { socialFits, socialLayout, socialLineBox, type SocialCard } from '../../../src/og/socialImage'
import { route as conflictRoute } from '../../../src/pages/conflict/route'
import { route as dealRoute } from '../../../src/pages/deal/route'
import type { BuildContext } from '../../../src/pages/routeTypes'
import { readDataDir } from '../../../scripts/readDataDir'

// The regional shapes the build cuts (`make-regions`); without them the cards are checked without maps.
const REGIONS = 'src/generated/regions'
const regions = new Map<string, RegionShapes>()
if (existsSync(REGIONS))
  for (const f of readdirSync(REGIONS)) {
    const r: unknown = JSON.parse(readFileSync(join(REGIONS, f), 'utf8'))
    if (isRegionShapes(r)) regions.set(r.conflict, r)
  }
const { dataset } = loadDataset(readDataDir('data'))
const ctx: BuildContext = { ix: makeIndex(dataset!), region: (id) => regions.get(id) ?? null }

const box = { width: 600, height: 400, countries: [{ d: 'M0,0H600V400H0Z', party: true }] }

describe(socialLayout, () => {
  it('socialLayout(card) keeps a long status and long parties left of the map, inside the card', () => {
    const card: SocialCard = {
      kicker: 'Conflict · Europe',
      title: 'Russia–Ukraine war',
      date: 'Minerals fund reported to approve its first investments, and the talks continue (16 April 2026)',
      parties: 'Russia · Ukraine · United States · European Union · United Kingdom · France · Germany',
      map: box,
    }
    const layout = socialLayout(card)
    expect(socialFits(layout)).toBe(true)
    expect(layout.lines.map((l) => l.text).join(' ')).toContain('Minerals fund reported')
  })
  it('socialLayout(card) shrinks a long title before it pushes the rest off the card', () => {
    const layout = socialLayout({
      kicker: 'Deal',
      title: 'Agreement on the Establishment of a United States–Ukraine Reconstruction Investment Fund and Its Terms',
      date: 'Signed (30 April 2025)',
      parties: 'United States · Ukraine',
      map: box,
    })
    expect(socialFits(layout)).toBe(true)
    expect(Math.max(...layout.lines.map((l) => socialLineBox(l).y + l.size))).toBeLessThan(618)
  })
  it('every conflict and deal card of the real data fits, its text clear of its map', () => {
    const cards = [
      ...conflictRoute.paths(ctx.ix).map((p) => conflictRoute.card!(ctx, p)),
      ...dealRoute.paths(ctx.ix).map((p) => dealRoute.card!(ctx, p)),
    ].filter((c): c is SocialCard => c !== null)
    expect(cards.length).toBeGreaterThan(20)
    const misfits = cards.filter((c) => !socialFits(socialLayout(c))).map((c) => c.title)
    expect(misfits).toEqual([])
  })
})
