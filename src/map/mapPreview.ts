/**
 * What the home map says about a country or a conflict marker: the preview card a
 * click, tap or Enter opens, the compact tooltip and the accessible names. Pure:
 * data in, text and links out.
 */
import type { Conflict } from '../data/schema'
import { currentStatus, resourcesOfConflict, type DatasetIndex } from '../data/selectors'
import { latestDealOn, statusOn } from './mapDate'
import { formatDate } from '../lib/format'
import { CONFLICT_STATUS_LABEL } from '../lib/labels'
import { countryName } from '../data/countryName'
import { countryRoles, listNames } from './mapRoles'

/** A thing on the map a reader can point at. */
export interface MapTarget {
  kind: 'country' | 'marker'
  id: string
}

export interface ConflictSummary {
  id: string
  name: string
  href: string
  status: Conflict['statusHistory'][number]['status']
  statusLabel: string
  /** The date of the latest status entry, formatted. */
  asOf: string
  /** Whether the White House counts it among the wars it says it ended. */
  claim: string
  latestDeal: { name: string; href: string; date: string } | null
  minerals: string[]
  /** The state's role in it, on a country's card ("belligerent"). */
  role?: string
}

export interface PreviewCard {
  title: string
  /** One line on the state's roles, on a country's card. */
  roleLine: string | null
  conflicts: ConflictSummary[]
  /** The conflicts a state mediates, as links. */
  mediations: Array<{ id: string; name: string; href: string }>
}

const CLAIM = {
  counted: 'The White House counts it among the wars it says it ended',
  not: 'Not among the wars the White House says it ended',
}

export function summarise(
  ix: DatasetIndex,
  c: Conflict,
  actorId?: string,
  date: string | null = null,
): ConflictSummary {
  const s = statusOn(c, date) ?? currentStatus(c)
  const deal = latestDealOn(ix, c.id, date, actorId)
  return {
    id: c.id,
    name: c.name,
    href: `/conflicts/${c.id}`,
    status: s.status,
    statusLabel: CONFLICT_STATUS_LABEL[s.status],
    asOf: formatDate(s.date),
    claim: c.whiteHouseClaim.counted ? CLAIM.counted : CLAIM.not,
    latestDeal: deal
      ? {
          name: deal.commonName ?? deal.title,
          href: `/deals/${deal.id}`,
          date: formatDate(deal.date, deal.datePrecision),
        }
      : null,
    minerals: resourcesOfConflict(ix, c.id).map((r) => r.name),
  }
}

/** "Belligerent in Israel–Iran; mediator in 8 conflicts", or null for a state with no role. */
export function roleLine(
  ix: DatasetIndex,
  iso3: string,
  shown: readonly Conflict[],
  date: string | null = null,
): string | null {
  const { parties, mediations } = countryRoles(ix, iso3, shown, date)
  const parts: string[] = []
  if (parties.length > 0)
    parts.push(
      parties.length === 1
        ? `${capitalise(parties[0]!.role)} in ${parties[0]!.conflict.shortName}`
        : `Party to ${parties.length} conflicts`,
    )
  if (mediations.length > 0)
    parts.push(
      `${parts.length ? 'mediator' : 'Mediator'} in ${mediations.length === 1 ? mediations[0]!.shortName : `${mediations.length} conflicts`}`,
    )
  return parts.length ? parts.join('; ') : null
}

/** The preview card of a country or marker, or null when the map shows nothing of it. */
export function previewCard(
  ix: DatasetIndex,
  target: MapTarget,
  shown: readonly Conflict[],
  date: string | null = null,
): PreviewCard | null {
  if (target.kind === 'marker') {
    const c = shown.find((x) => x.id === target.id)
    return c ? { title: c.name, roleLine: null, conflicts: [summarise(ix, c, undefined, date)], mediations: [] } : null
  }
  const { parties, mediations } = countryRoles(ix, target.id, shown, date)
  if (parties.length === 0 && mediations.length === 0) return null
  return {
    title: countryName(target.id),
    roleLine: roleLine(ix, target.id, shown, date),
    conflicts: parties.map((p) => {
      const actor = p.conflict.parties.find((x) => ix.actors.get(x.actor)?.iso3 === target.id)?.actor
      return { ...summarise(ix, p.conflict, actor, date), role: p.role }
    }),
    mediations: mediations.map((c) => ({ id: c.id, name: c.shortName, href: `/conflicts/${c.id}` })),
  }
}

/** The tooltip's few lines: the top items of the card, then "and n more". */
export function tooltipLines(
  ix: DatasetIndex,
  target: MapTarget,
  shown: readonly Conflict[],
  max = 3,
  date: string | null = null,
): string[] {
  const card = previewCard(ix, target, shown, date)
  if (!card) return []
  if (target.kind === 'marker') {
    const s = card.conflicts[0]!
    return [
      `${s.statusLabel} · as of ${s.asOf}`,
      ...(s.latestDeal ? [`Latest deal: ${s.latestDeal.name} (${s.latestDeal.date})`] : []),
      ...(s.minerals.length ? [`At stake: ${listNames(s.minerals, max)}`] : []),
    ]
  }
  const lines = card.conflicts.slice(0, max).map((s) => `${s.role}: ${s.name} · ${s.statusLabel}`)
  if (card.conflicts.length > max) lines.push(`and ${card.conflicts.length - max} more`)
  if (card.mediations.length > 0)
    lines.push(
      `Mediator: ${listNames(
        card.mediations.map((m) => m.name),
        max,
      )}`,
    )
  return lines.map(capitalise)
}

/** The accessible name of a marker: its conflict and status. */
export function markerName(ix: DatasetIndex, c: Conflict, date: string | null = null): string {
  const s = summarise(ix, c, undefined, date)
  return `${c.name}: ${s.statusLabel}, as of ${s.asOf}`
}

/** The accessible name of a country: the state, its conflicts and their status. */
export function countryAccessibleName(
  ix: DatasetIndex,
  iso3: string,
  shown: readonly Conflict[],
  date: string | null = null,
): string {
  const { parties, mediations } = countryRoles(ix, iso3, shown, date)
  const parts = parties.map((p) => `${p.role} in ${p.conflict.shortName} (${CONFLICT_STATUS_LABEL[p.status]})`)
  if (mediations.length)
    parts.push(
      `mediator in ${listNames(
        mediations.map((m) => m.shortName),
        9,
      )}`,
    )
  return `${countryName(iso3)}: ${parts.join('; ')}`
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
