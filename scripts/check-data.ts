/**
 * `npm run check:data [-- DIR]`: validates the dataset in DIR (default `data`)
 * and prints every problem, one per line, as `file: $.path: rule`. Exits 1 on
 * any problem.
 */
import { dataDir, readDataDir } from './readDataDir'
import { formatProblem, loadDataset } from '../src/data/load'

const dir = process.argv[2] ?? dataDir()
const { problems, dataset } = loadDataset(readDataDir(dir), dir.replace(/\/+$/, ''))
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p))
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`)
  process.exit(1)
}
if (dataset) {
  console.log(
    `${dir}: ok — ${dataset.conflicts.length} conflicts, ${dataset.agreements.length} agreements and events, ` +
      `${dataset.resources.length} resources, ${dataset.stakes.length} stakes, ${dataset.sites.length} sites, ` +
      `${dataset.assessments.length} assessments, ${dataset.discrepancies.length} discrepancies, ${dataset.sources.length} sources`,
  )
}
