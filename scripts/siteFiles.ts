/**
 * The files built from the dataset that carry the site's own address: the feeds of
 * what changed (Atom and JSON Feed) and the scorecard as CSV. Environment: SITE_URL,
 * BASE_PATH (see src/lib/siteConfig.ts).
 */
import type { Dataset } from '../src/data/schema'
import { feedEntries } from '../src/data/feed'
import { ATOM_FEED_FILE, JSON_FEED_FILE, atomFeed, jsonFeed } from '../src/data/feedFormat'
import { makeIndex } from '../src/data/selectors'
import { normaliseBase, normaliseSiteUrl } from '../src/lib/siteConfig'
import { SCORECARD_CSV_FILE } from '../src/pages/scorecard/csvFile'
import { scorecardCsv } from '../src/pages/scorecard/scorecardCsv'
import { scorecardModel } from '../src/pages/scorecard/scorecardModel'

export function siteFiles(d: Dataset, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const origin = normaliseSiteUrl(env.SITE_URL) + normaliseBase(env.BASE_PATH).replace(/\/$/, '')
  const entries = feedEntries(d)
  const site = { origin, updated: d.meta.released, license: d.meta.license }
  return {
    [ATOM_FEED_FILE]: atomFeed(entries, site),
    [JSON_FEED_FILE]: jsonFeed(entries, site),
    [SCORECARD_CSV_FILE]: scorecardCsv(scorecardModel(makeIndex(d)), (path) => origin + path),
  }
}
