import type { RouteBuild } from '../routeTypes'
import { feedEntries, type FeedEntry } from '../../data/feed'
import { pageEntries } from './whatsNewModel'

export interface WhatsNewExtra {
  entries: FeedEntry[]
}

/** What's new: the entries of the feeds, made at build time; the page needs no records. */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => ({ slice: {}, extra: { entries: pageEntries(feedEntries(ix.data)) } satisfies WhatsNewExtra }),
}
