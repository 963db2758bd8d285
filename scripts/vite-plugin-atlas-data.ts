import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { formatProblem, loadDataset } from '../src/data/load'
import { DATA_FILES, type Dataset } from '../src/data/schema'
import { readDataDir } from './readDataDir'

const ID = 'virtual:atlas-data'

/**
 * What the browser needs of the dataset: USGS tables that a resource uses, without
 * the long "Events, Trends, and Issues" prose no page shows. The full dataset is
 * in the downloads.
 */
export function toClientDataset(d: Dataset): Dataset {
  const used = new Set(d.resources.map((r) => r.usgs).filter(Boolean))
  return { ...d, usgs: d.usgs.filter((t) => used.has(t.id)).map(({ eventsText: _drop, ...t }) => t) }
}
const RESOLVED = '\0' + ID

/**
 * Serves `virtual:atlas-data`: the dataset parsed and checked once, at build
 * time, by the same `loadDataset` the CLI check uses. Bad data fails the build
 * with one line per problem; the browser never ships or runs the schemas.
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
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(toClientDataset(dataset)))})`
    },
  }
}
