/**
 * Writes the data downloads and per-record JSON endpoints into the built site:
 *   dist/data/atlas.json, dist/data/<table>.csv, dist/data/datapackage.json,
 *   dist/data/schema/<entity>.schema.json, dist/api/{conflicts,deals,minerals}/<id>.json
 *   dist/search/docs.json (the search documents, loaded on the first search)
 *   dist/feed.xml, dist/feed.json (what changed, as Atom and JSON Feed), dist/data/scorecard.csv
 * Runs after `vite build` from the same validated dataset (`$ATLAS_DATA`, default `data`).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { dataDir, readDataDir } from './readDataDir'
import { formatProblem, loadDataset } from '../src/data/load'
import { buildExports } from '../src/data/exports'
import { SEARCH_DOCS_FILE, makeSearchDocs } from '../src/search/searchDocs'
import { siteFiles } from './siteFiles'

const out = process.argv[2] ?? 'dist'
const dir = dataDir()
const { dataset, problems } = loadDataset(readDataDir(dir), dir)
if (!dataset) {
  for (const p of problems) console.error(formatProblem(p))
  process.exit(1)
}
const files = {
  ...buildExports(dataset),
  [SEARCH_DOCS_FILE]: JSON.stringify(makeSearchDocs(dataset)),
  ...siteFiles(dataset),
}
for (const [path, text] of Object.entries(files)) {
  const full = join(out, path)
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, text)
}
console.log(`data: ${Object.keys(files).length} files written to ${out}/data and ${out}/api`)
