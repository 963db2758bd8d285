import type { RouteBuild } from '../routeTypes'
import { scorecardModel, scorecardSourceIds, type ScoreRow } from './scorecardModel'
import { scorecardDeals, type DealScoreRow } from './scorecardDeals'

export interface ScorecardExtra {
  rows: ScoreRow[]
  deals: DealScoreRow[]
}

/** The scorecard: its rows, made at build time, and only the sources they cite. */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => {
    const extra: ScorecardExtra = { rows: scorecardModel(ix), deals: scorecardDeals(ix) }
    const ids = new Set([...scorecardSourceIds(extra.rows), ...extra.deals.flatMap((d) => d.status?.sources ?? [])])
    return { slice: { sources: ix.data.sources.filter((s) => ids.has(s.id)) }, extra }
  },
}
