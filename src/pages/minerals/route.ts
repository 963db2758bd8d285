import type { RouteBuild } from '../routeTypes'
import { mineralSummaries, type MineralSummary } from '../../data/selectors'

/** One row of the minerals table: the summary, with the resource and table reduced to what the row shows. */
export interface MineralRow extends Omit<MineralSummary, 'resource' | 'table'> {
  resource: { id: string; name: string }
  table: { reservesUnit: string }
}

/** The minerals table: a summary row per mineral, computed at build time. */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => ({
    slice: {},
    extra: mineralSummaries(ix).map((m): MineralRow => ({
      ...m,
      resource: { id: m.resource.id, name: m.resource.name },
      table: { reservesUnit: m.table.reservesUnit },
      china: m.china && { ...m.china, sources: [] },
    })),
  }),
}
