/**
 * The facts the about page states about the atlas itself: the seed article it starts
 * from, how many conflicts it covers and how fresh it is. Pure.
 */
import type { RootData } from '../../data/routeData'
import type { DatasetIndex } from '../../data/selectors'

export interface AboutModel {
  /** The seed article as a link, or null when the data does not hold its source record. */
  seed: { publisher: string; title: string; url: string } | null
  conflicts: number
  latestEvent: string
  sourcesCheckedThrough: string
  released: string
}

export function aboutModel(ix: DatasetIndex, root: RootData): AboutModel {
  const seed = ix.sources.get(root.meta.seed)
  return {
    seed: seed ? { publisher: seed.publisher, title: seed.title, url: seed.url } : null,
    conflicts: root.counts.conflicts,
    latestEvent: root.latestEvent,
    sourcesCheckedThrough: root.meta.sourcesCheckedThrough,
    released: root.meta.released,
  }
}
