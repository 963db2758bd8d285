/** The data every page shares (the layout's) and the not-found page's catalogue. Pure. */
import { latestEventDate } from '../data/freshness'
import type { DatasetIndex } from '../data/selectors'
import type { CatalogueEntry, NotFoundData, RootData } from '../data/routeData'

export function rootData(ix: DatasetIndex): RootData {
  return {
    meta: ix.data.meta,
    latestEvent: latestEventDate(ix.data.conflicts, ix.data.agreements) ?? ix.data.meta.released,
    coverageStart: ix.data.meta.coverageFrom,
    counts: {
      conflicts: ix.data.conflicts.length,
      deals: ix.data.agreements.filter((a) => a.kind === 'agreement').length,
      minerals: ix.data.resources.filter((r) => r.kind === 'mineral' && r.usgs).length,
    },
  }
}

/** Every conflict, deal and mineral page, by the names a reader might type. */
export function catalogue(ix: DatasetIndex): CatalogueEntry[] {
  return [
    ...ix.data.conflicts.map((c) => ({
      kind: 'conflict' as const,
      id: c.id,
      to: `/conflicts/${c.id}`,
      label: c.name,
      alt: [c.shortName],
    })),
    ...ix.data.agreements.map((a) => ({
      kind: 'deal' as const,
      id: a.id,
      to: `/deals/${a.id}`,
      label: a.commonName ?? a.title,
      alt: a.commonName ? [a.title] : [],
    })),
    ...ix.data.resources
      .filter((r) => r.kind === 'mineral' && r.usgs)
      .map((r) => ({ kind: 'mineral' as const, id: r.id, to: `/minerals/${r.id}`, label: r.name, alt: [] })),
  ]
}

export const notFoundData = (ix: DatasetIndex): NotFoundData => ({ notFound: true, catalogue: catalogue(ix) })
