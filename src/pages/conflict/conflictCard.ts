/**
 * The social card of a conflict, and of its deals: the locator frame at the
 * social size. A conflict's card shades its parties by its status, as its page
 * does; a deal's shades its signatories (on the world map when none lies in the
 * conflict's region, or the deal has no conflict). Pure.
 */
import type { BuildContext } from '../routeTypes'
import type { Agreement, Conflict } from '../../data/schema'
import { latestEventOfConflict } from '../../data/freshness'
import { currentStatus, partyIso3s } from '../../data/selectors'
import { creditLinesOf } from '../../components/frame/creditLines'
import { statusToken } from '../../components/Badges'
import { formatDate } from '../../lib/format'
import { AGREEMENT_TYPE_LABEL, CONFLICT_STATUS_LABEL } from '../../lib/labels'
import { regionChart, worldChart } from '../../og/cardCharts'
import type { SocialCard } from '../../og/socialImage'
import { CONFLICT_MAP_SOURCES, freshnessText, WORLD_MAP_SOURCES } from './conflictMapText'

const nameOf = (ctx: BuildContext, id: string) => ctx.ix.actors.get(id)?.shortName ?? ctx.ix.actors.get(id)?.name ?? id

/** The belligerents' and backers' short names, as a card lists them. */
export function partyNames(ctx: BuildContext, conflict: Conflict): string {
  return conflict.parties
    .filter((p) => p.role === 'belligerent' || p.role === 'backer')
    .map((p) => nameOf(ctx, p.actor))
    .join(' · ')
}

export function conflictCard(ctx: BuildContext, c: Conflict): SocialCard {
  const s = currentStatus(c)
  const region = ctx.region(c.id)
  const parties = partyIso3s(ctx.ix, c)
  const fill = `var(--status-${statusToken(s.status)}-soft)`
  const label = CONFLICT_STATUS_LABEL[s.status]
  const checked = c.sourcesCheckedThrough ?? ctx.ix.data.meta.sourcesCheckedThrough
  const paint = (iso: string | null) => (iso && parties.includes(iso) ? { fill } : undefined)
  return {
    title: c.name,
    subtitle:
      `${label} as of ${formatDate(s.date)} (${s.label}). Belligerents and backers: ${partyNames(ctx, c)}. ` +
      freshnessText(latestEventOfConflict(c, ctx.ix.data.agreements), checked, formatDate),
    legend: [{ label: `party (${label.toLowerCase()})`, fill }],
    footer: creditLinesOf(
      region ? CONFLICT_MAP_SOURCES : WORLD_MAP_SOURCES,
      ctx.ix.data.meta.license,
      `/conflicts/${c.id}`,
    ),
    chart: region ? regionChart(region, paint) : worldChart(paint),
  }
}

/**
 * A deal's card: its signatory states shaded in its conflict's region, or on the
 * world map when none lies there; with no state among them, its conflict's
 * parties in their region (the key says so), else the bare world map.
 */
export function dealCard(ctx: BuildContext, a: Agreement): SocialCard {
  const conflict = a.conflict ? ctx.ix.conflicts.get(a.conflict) : undefined
  const ids = [...new Set(a.signatories.map((s) => s.party))]
  const states = ids.flatMap((id) => ctx.ix.actors.get(id)?.iso3 ?? [])
  const region = conflict ? ctx.region(conflict.id) : null
  const fill = 'var(--status-ceasefire-soft)'
  const stroke = 'var(--accent)'
  const shade = (isos: readonly string[]) => (iso: string | null) =>
    iso && isos.includes(iso) ? { fill, outline: stroke } : undefined
  // The parties a card names are the deal's own signatories; the conflict's when it lists none.
  const names = ids.map((id) => nameOf(ctx, id)).join(' · ')
  const kind = [
    AGREEMENT_TYPE_LABEL[a.type],
    conflict?.name ?? (a.track === 'minerals-diplomacy' ? 'US minerals diplomacy' : ''),
  ]
  let legend: SocialCard['legend'] = [{ label: 'signatory state', fill, stroke }]
  let chart: SocialCard['chart'] | null = null
  if (states.length > 0)
    chart = region?.countries.some((x) => x.iso3 && states.includes(x.iso3)) ? regionChart(region, shade(states)) : null
  else if (region && conflict) {
    legend = [
      { label: 'No signatory is a state: the map shades the parties to the conflict.' },
      { label: `party to the ${conflict.shortName} conflict`, fill, stroke },
    ]
    chart = regionChart(region, shade(partyIso3s(ctx.ix, conflict)))
  } else legend = ids.length > 0 ? [{ label: 'No signatory is a state.' }] : []
  return {
    title: a.commonName ?? a.title,
    subtitle:
      `${kind.filter(Boolean).join(' · ')}, ${formatDate(a.date, a.datePrecision)}. ` +
      (ids.length > 0
        ? `Signatories: ${names}.`
        : conflict
          ? `Parties to the conflict: ${partyNames(ctx, conflict)}; the record names no signatories.`
          : ''),
    legend,
    footer: creditLinesOf(chart ? CONFLICT_MAP_SOURCES : WORLD_MAP_SOURCES, ctx.ix.data.meta.license, `/deals/${a.id}`),
    chart: chart ?? worldChart(shade(states)),
  }
}
