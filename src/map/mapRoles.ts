/**
 * What each state is on the home map: a party to a conflict (shaded by that
 * conflict's status), a mediator (striped), or both, as the United States is
 * (a belligerent in Israel–Iran, a mediator in the others). Pure.
 */
import type { Conflict, ConflictStatus } from '../data/schema'
import { CONFLICT_STATUS_ORDER, type DatasetIndex } from '../data/selectors'
import { statusOn } from './mapDate'

export interface CountryRoles {
  /** Conflicts the state fights in or backs, in list order, with their status. */
  parties: Array<{ conflict: Conflict; role: string; status: ConflictStatus }>
  /** Conflicts the state mediates, in list order. */
  mediations: Conflict[]
}

const PARTY_ROLES = new Set(['belligerent', 'backer'])

/** The roles of one state among the conflicts shown. */
export function countryRoles(
  ix: DatasetIndex,
  iso3: string,
  conflicts: readonly Conflict[],
  date: string | null = null,
): CountryRoles {
  const out: CountryRoles = { parties: [], mediations: [] }
  for (const c of conflicts) {
    const roles = c.parties.filter((p) => ix.actors.get(p.actor)?.iso3 === iso3).map((p) => p.role)
    const party = roles.find((r) => PARTY_ROLES.has(r))
    const status = statusOn(c, date)?.status
    if (party && status) out.parties.push({ conflict: c, role: party, status })
    else if (roles.includes('mediator')) out.mediations.push(c)
  }
  return out
}

/** The states that mediate at least one of the conflicts shown. */
export function mediatorIsos(ix: DatasetIndex, conflicts: readonly Conflict[]): Set<string> {
  const out = new Set<string>()
  for (const c of conflicts)
    for (const p of c.parties) {
      const iso = ix.actors.get(p.actor)?.iso3
      if (iso && p.role === 'mediator') out.add(iso)
    }
  return out
}

/** The most severe of the statuses (the one a state in several conflicts is shaded with). */
export const mostSevere = (statuses: readonly ConflictStatus[]): ConflictStatus | undefined =>
  [...statuses].sort((a, b) => CONFLICT_STATUS_ORDER.indexOf(a) - CONFLICT_STATUS_ORDER.indexOf(b))[0]

/** "A, B and C", or "A, B and n more" past `max` names. */
export function listNames(names: readonly string[], max = 3): string {
  if (names.length <= 1) return names.join('')
  if (names.length > max) return `${names.slice(0, max).join(', ')} and ${names.length - max} more`
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}
