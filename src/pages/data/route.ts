import type { RouteBuild } from '../routeTypes'

/** How many records of each kind the dataset holds, as the data page lists them. */
export type DataCounts = Array<readonly [label: string, n: number]>

/** The data page shows the changelog and the counts of records, not the records. */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => {
    const d = ix.data
    const counts: DataCounts = [
      ['conflicts', d.conflicts.length],
      ['agreements and key events', d.agreements.length],
      ['expert assessments', d.assessments.length],
      ['provisions with a sourced implementation history', d.implementation.length],
      ['resources at stake', d.resources.length],
      ['stakes', d.stakes.length],
      ['sites', d.sites.length],
      ['discrepancies', d.discrepancies.length],
      ['USGS tables', d.usgs.length],
      ['sources', d.sources.length],
    ]
    return { slice: { changelog: d.changelog }, extra: counts }
  },
}
