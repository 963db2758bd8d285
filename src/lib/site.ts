/**
 * Where the atlas is published: the one home of the site URL and the base path.
 * `SITE_URL` and `BASE_PATH` are set at build time
 * (`SITE_URL=https://example.org BASE_PATH=/atlas/ npm run build`); see `siteConfig`.
 */
import { normaliseBase, normaliseSiteUrl } from './siteConfig'

export const SITE_URL: string = normaliseSiteUrl(import.meta.env.VITE_SITE_URL as string | undefined)
/** The base path without its trailing slash, `/` at the root: react-router's `basename`. */
export const BASE_PATH: string = normaliseBase(import.meta.env.BASE_URL).replace(/(.)\/$/, '$1')

/** The in-app path of a browser path: `/atlas/deals/x/` → `/deals/x`. */
export function inAppPath(pathname: string): string {
  const base = BASE_PATH === '/' ? '' : BASE_PATH
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname
  return rest.replace(/(.)\/$/, '$1') || '/'
}

/** Absolute URL of an in-app path such as `/deals/washington-accords#provision-3`. */
export function canonicalUrl(path: string): string {
  return SITE_URL + (BASE_PATH === '/' ? '' : BASE_PATH) + path
}

/** URL of a file published with the site, such as `data/atlas.json`. */
export function assetUrl(file: string): string {
  return `${BASE_PATH === '/' ? '' : BASE_PATH}/${file.replace(/^\//, '')}`
}
