/**
 * Which pages have a chrome-less embed under `/embed/`, and the way between a
 * page and its embed: `/deals/x` ⇄ `/embed/deals/x`, the home map `/` ⇄
 * `/embed/map`. The embeds' routes are entries of the route table; this only
 * maps a concrete path onto the other. Pure.
 */

export const EMBED_PREFIX = '/embed'

export const isEmbedPath = (path: string): boolean => path === EMBED_PREFIX || path.startsWith(`${EMBED_PREFIX}/`)

/** The page an embed shows: `/embed/map/cobalt` → `/map/cobalt`, `/embed/map` → `/`. */
export function pageOfEmbed(path: string): string {
  if (!isEmbedPath(path)) return path
  const rest = path.slice(EMBED_PREFIX.length) || '/'
  return rest === '/map' ? '/' : rest
}

/** The embed of a page's path (whether it exists is the route table's to say): `/` → `/embed/map`. */
export const embedOfPage = (path: string): string => `${EMBED_PREFIX}${path === '/' ? '/map' : path}`

/** The oEmbed file of a page, relative to the site's base: `/deals/x` → `oembed/deals/x.json`. */
export const oembedFileOf = (path: string): string => `oembed/${path === '/' ? 'map' : path.replace(/^\//, '')}.json`

/** Whether a page has an embed: the maps, the timeline, a mineral, a conflict, a deal (as the route table lists them). */
export const hasEmbed = (path: string): boolean =>
  path === '/' || path === '/timeline' || /^\/(map|minerals|conflicts|deals)\/[^/]+/.test(path)
