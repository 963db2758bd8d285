/** Normalising the build's `SITE_URL` and `BASE_PATH`: shared by Vite's config, the app and the build scripts. */

export const DEFAULT_SITE_URL = 'https://mineral-peace-atlas.org'

/** `https://example.org/` → `https://example.org`; unset → the default. */
export function normaliseSiteUrl(url: string | undefined): string {
  return (url && url.trim() ? url.trim() : DEFAULT_SITE_URL).replace(/\/+$/, '')
}

/** `atlas`, `/atlas`, `/atlas/` → `/atlas/`; unset or empty → `/`. */
export function normaliseBase(base: string | undefined): string {
  const inner = (base ?? '/').trim().replace(/^\/+|\/+$/g, '')
  return inner ? `/${inner}/` : '/'
}
