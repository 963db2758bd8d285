/** The social card of a conflict, and of its deals: the locator map and the belligerents. Pure. */
import type { BuildContext } from '../routeTypes'
import type { Conflict } from '../../data/schema'
import { partyIso3s } from '../../data/selectors'
import type { SocialCard } from '../../og/socialImage'

/** The belligerents' and backers' short names, as a card lists them. */
export function partyNames(ctx: BuildContext, conflict: Conflict): string {
  return conflict.parties
    .filter((p) => p.role === 'belligerent' || p.role === 'backer')
    .map((p) => ctx.ix.actors.get(p.actor)?.shortName ?? ctx.ix.actors.get(p.actor)?.name ?? p.actor)
    .join(' · ')
}

/** The card's locator map: the region's shapes with the parties marked. */
export function cardMap(ctx: BuildContext, conflict: Conflict): SocialCard['map'] {
  const r = ctx.region(conflict.id)
  if (!r) return undefined
  const parties = partyIso3s(ctx.ix, conflict)
  return {
    width: r.width,
    height: r.height,
    countries: r.countries.map((x) => ({ d: x.d, party: !!x.iso3 && parties.includes(x.iso3) })),
  }
}

export function conflictCard(ctx: BuildContext, c: Conflict, date: string): SocialCard {
  return { kicker: `Conflict · ${c.region}`, title: c.name, date, parties: partyNames(ctx, c), map: cardMap(ctx, c) }
}
