/**
 * Where the atlas is published. `SITE_URL` and `BASE_PATH` are set at build time
 * (`SITE_URL=https://example.org BASE_PATH=/atlas/ npm run build`).
 */
export const SITE_URL: string =
  (import.meta.env.VITE_SITE_URL as string | undefined) ?? 'https://mineral-peace-atlas.org'
export const BASE_PATH: string = import.meta.env.BASE_URL ?? '/'

/** Absolute URL of an in-app path such as `/deals/washington-accords#provision-3`. */
export function canonicalUrl(path: string): string {
  return SITE_URL.replace(/\/$/, '') + BASE_PATH.replace(/\/$/, '') + path
}
