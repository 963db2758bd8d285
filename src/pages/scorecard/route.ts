import type { RouteBuild } from '../routeTypes'
import type { Source } from '../../data/schema'
import { scorecardModel, scorecardSourceIds, type ScoreRow } from './scorecardModel'
import { scorecardDeals, type DealScoreRow } from './scorecardDeals'

export interface ScorecardExtra {
  rows: ScoreRow[]
  deals: DealScoreRow[]
}

/** The scorecard: its rows, made at build time, and only the sources they cite, in first-cited order. */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => {
    const extra: ScorecardExtra = { rows: scorecardModel(ix), deals: scorecardDeals(ix) }
    const ids = new Set([...scorecardSourceIds(extra.rows), ...extra.deals.flatMap((d) => d.status?.sources ?? [])])
    // In first-cited order, so the page numbers them as it lists them.
    const sources = [...ids].map((id) => ix.sources.get(id)).filter((s): s is Source => s !== undefined)
    return { slice: { sources }, extra }
  },
}
