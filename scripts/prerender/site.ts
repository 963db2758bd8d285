/**
 * The site's own addresses as the prerendered pages name them: the origin and base,
 * a page's canonical URL, its social image, the feeds and a page's citation data.
 * Environment: SITE_URL, BASE_PATH (see src/lib/siteConfig.ts).
 */
import { ATOM_FEED_FILE, JSON_FEED_FILE } from '../../src/data/feedFormat'
import type { Meta } from '../../src/data/schema'
import type { CitationMetaInput } from '../../src/lib/citationMeta'
import { normaliseBase, normaliseSiteUrl } from '../../src/lib/siteConfig'

export const DIST = 'dist'
export const BASE = normaliseBase(process.env.BASE_PATH)
export const ORIGIN_BASE = normaliseSiteUrl(process.env.SITE_URL) + BASE.replace(/\/$/, '')

export const feeds = { atom: `${ORIGIN_BASE}/${ATOM_FEED_FILE}`, json: `${ORIGIN_BASE}/${JSON_FEED_FILE}` }

/** The absolute address of an in-app path. */
export const url = (path: string) => ORIGIN_BASE + (path === '/' ? '/' : path)

/** The social image of a page with a card of its own: `/` → `/og/atlas.png`, `/deals/x` → `/og/deals-x.png`. */
export const ogImage = (path: string) =>
  `/og/${path === '/' ? 'atlas' : path.replace(/^\//, '').replace(/\//g, '-')}.png`

/** The atlas's own card, which pages without one of their own share: the home map's. */
export const ATLAS_IMAGE = ogImage('/')

export const citeOf = (meta: Meta, path: string, title: string, description: string): CitationMetaInput => ({
  title,
  description,
  url: url(path),
  kind: path === '/data' ? 'dataset' : 'page',
  version: meta.version,
  released: meta.released,
  checkedThrough: meta.sourcesCheckedThrough,
  coverageFrom: meta.coverageFrom,
  dataset: {
    url: url('/data'),
    license: 'https://creativecommons.org/licenses/by/4.0/',
    downloads: [
      { url: `${ORIGIN_BASE}/data/atlas.json`, format: 'application/json' },
      { url: `${ORIGIN_BASE}/data/datapackage.json`, format: 'application/json' },
    ],
  },
})
