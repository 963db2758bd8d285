import type { RouteBuild } from '../routeTypes'
import { neighbours, sitesOfConflict } from '../../data/selectors'
import { placeSites } from '../../map/placeSites'
import { conflictSlice } from './conflictSlice'
import { conflictCard } from './conflictCard'

export interface ConflictExtra {
  region: import('../../map/locator').RegionShapes | null
  neighbours: { prev: { id: string; name: string }; next: { id: string; name: string } } | null
}

/** A conflict's page: its records and everything they refer to, the regional shapes and its neighbours' names. */
export const route: RouteBuild = {
  paths: (ix) => ix.data.conflicts.map((c) => ({ conflictId: c.id })),
  data: (ctx, { conflictId = '' }) => {
    const conflict = ctx.ix.conflicts.get(conflictId)
    if (!conflict) return null
    const nb = neighbours(ctx.ix, conflictId)
    const region = ctx.region(conflictId)
    const extra: ConflictExtra = {
      region: region && { ...region, placed: placeSites(region, sitesOfConflict(ctx.ix, conflictId)) },
      neighbours: nb && {
        prev: { id: nb.prev.id, name: nb.prev.name },
        next: { id: nb.next.id, name: nb.next.name },
      },
    }
    return { slice: conflictSlice(ctx.ix, conflict), extra }
  },
  card: (ctx, { conflictId = '' }) => {
    const c = ctx.ix.conflicts.get(conflictId)
    if (!c) return null
    return conflictCard(ctx, c)
  },
}
