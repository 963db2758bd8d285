/** The server build of src/entry-server.tsx (dist-ssr), which each thread of the prerender loads for itself. */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export type Server = typeof import('../../src/entry-server')

export const SERVER_BUILD = () => pathToFileURL(join(process.cwd(), 'dist-ssr/entry-server.js')).href

/**
 * React's production build renders the same markup as its development build, several
 * times faster; the development build only adds warnings, which the unit tests show.
 * Set before the threads start, which take their environment from this one.
 */
export const useProductionReact = () => void (process.env.NODE_ENV ??= 'production')
