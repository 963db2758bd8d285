/**
 * The minerals at stake in a deal or conflict, with the USGS shares of world
 * reserves and production of the states concerned (a deal's signatory states, a
 * conflict's party states) and of the world leader. Pure; run at build time.
 */
import { countryShares } from '../../data/minerals'
import type { Agreement, Conflict } from '../../data/schema'
import { partyIso3s, type DatasetIndex } from '../../data/selectors'

export interface CountryMineralShare {
  iso3: string
  name: string
  /** Percent of the USGS world total; null where USGS gives no number. */
  reserves: number | null
  production: number | null
  /** Set when USGS withholds the figure (company-proprietary data), so the page says so rather than "no figure". */
  withheld?: Array<'reserves' | 'production'>
  /** The largest holder of reserves, listed for comparison when not one of the states concerned. */
  leader: boolean
}

export interface MineralAtStake {
  id: string
  name: string
  /** E.g. "USGS MCS 2026"; null when the mineral has no USGS table. */
  edition: string | null
  productionYear: number | null
  shares: CountryMineralShare[]
}

function mineralsOf(ix: DatasetIndex, resourceIds: Iterable<string>, iso3s: readonly string[]): MineralAtStake[] {
  const out: MineralAtStake[] = []
  for (const id of new Set(resourceIds)) {
    const r = ix.resources.get(id)
    if (!r || r.kind !== 'mineral') continue
    const table = r.usgs ? ix.usgs.get(r.usgs) : undefined
    if (!table) {
      out.push({ id, name: r.name, edition: null, productionYear: null, shares: [] })
      continue
    }
    const reserves = countryShares(table, 'reserves')
    const production = countryShares(table, 'production')
    const leader = reserves.find((s) => s.share !== null)
    const states = [...iso3s, ...(leader && !iso3s.includes(leader.iso3) ? [leader.iso3] : [])]
    const shares = states.flatMap((iso3) => {
      const res = reserves.find((s) => s.iso3 === iso3)
      const prod = production.find((s) => s.iso3 === iso3)
      if (!res && !prod) return []
      const name = [...ix.actors.values()].find((a) => a.iso3 === iso3)?.name ?? res?.usgsName ?? iso3
      const withheld = (
        [
          ['reserves', res],
          ['production', prod],
        ] as const
      ).flatMap(([k, x]) => (x?.cell.status === 'withheld' ? [k] : []))
      return [
        {
          iso3,
          name,
          reserves: res?.share ?? null,
          production: prod?.share ?? null,
          ...(withheld.length > 0 ? { withheld } : {}),
          leader: !iso3s.includes(iso3),
        },
      ]
    })
    out.push({ id, name: r.name, edition: table.edition, productionYear: table.years.latest, shares })
  }
  return out
}

const stateIso3s = (ix: DatasetIndex, actorIds: Iterable<string>): string[] => [
  ...new Set([...actorIds].flatMap((id) => ix.actors.get(id)?.iso3 ?? [])),
]

/** A deal's minerals: those it trades and those of the stakes that name it; shares of its signatory states. */
export function dealMinerals(ix: DatasetIndex, a: Agreement): MineralAtStake[] {
  const ids = [
    ...(a.resources ?? []),
    ...ix.data.stakes.filter((s) => s.agreements.includes(a.id)).map((s) => s.resource),
  ]
  const parties = a.signatories.length > 0 ? a.signatories.map((s) => s.party) : a.traded.map((t) => t.party)
  return mineralsOf(ix, ids, stateIso3s(ix, parties))
}

/** A conflict's minerals at stake, with the shares of its belligerent and backer states. */
export const conflictMinerals = (ix: DatasetIndex, c: Conflict): MineralAtStake[] =>
  mineralsOf(
    ix,
    ix.data.stakes.filter((s) => s.conflict === c.id).map((s) => s.resource),
    partyIso3s(ix, c),
  )
