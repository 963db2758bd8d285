import { resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { formatProblem, loadDataset } from '../src/data/load'
import { DATA_FILES } from '../src/data/schema'
import { dataFileOf, NOT_FOUND_DATA_FILE } from '../src/data/routeData'
import { readDataDir } from './readDataDir'

const ID = 'virtual:atlas-data'
const RESOLVED = '\0' + ID

/**
 * Serves `virtual:atlas-data` to the build's server entry: the dataset parsed and
 * checked once, at build time, by the same `loadDataset` the CLI check uses. Bad
 * data fails the build with one line per problem. The browser never imports it:
 * pages get their data as route data (see src/routes.ts). In development the
 * plugin also serves each path's route data, as the build writes it.
 */
export function atlasData(dir = 'data'): Plugin {
  return {
    name: 'atlas-data',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED) return undefined
      for (const spec of Object.values(DATA_FILES)) for (const f of spec.files) this.addWatchFile(resolve(dir, f))
      const { dataset, problems } = loadDataset(readDataDir(dir), dir)
      if (!dataset)
        this.error(`The dataset has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`)
      // A JSON string parses faster than the equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataset))})`
    },
    configureServer(server: ViteDevServer) {
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://dev.local')
        const base = server.config.base.replace(/\/$/, '')
        const file = url.pathname.slice(base.length).replace(/^\//, '')
        if (!file.endsWith('.data.json')) return next()
        try {
          const entry = (await server.ssrLoadModule('/src/entry-server.tsx')) as typeof import('../src/entry-server')
          const path =
            file === NOT_FOUND_DATA_FILE ? '/404' : '/' + file.replace(/\.data\.json$/, '').replace(/^index$/, '')
          const data = entry.dataOf(path === '/' ? '/' : path)
          if (!data.found && file !== NOT_FOUND_DATA_FILE && dataFileOf(path) === file) {
            res.statusCode = 404
            return res.end('Not found')
          }
          res.setHeader('Content-Type', 'application/json; charset=utf-8')
          res.end(JSON.stringify(data))
        } catch (error) {
          next(error)
        }
      })
    },
  }
}
