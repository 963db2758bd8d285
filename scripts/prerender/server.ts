/** The server build of src/entry-server.tsx (dist-ssr), which each thread of the prerender loads for itself. */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export type Server = typeof import('../../src/entry-server')

export async function loadServer(): Promise<Server> {
  // React's production build renders the same markup as its development build, several times
  // faster; the development build only adds warnings, which the unit tests already show.
  process.env.NODE_ENV ??= 'production'
  return (await import(pathToFileURL(join(process.cwd(), 'dist-ssr/entry-server.js')).href)) as Server
}
