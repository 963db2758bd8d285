/**
 * The atlas at N times its data: generates the dataset in a temporary copy of the
 * project, builds it with ATLAS_DATA, and measures the build time, the size of dist/,
 * the transfer of the home, a conflict and a deal page, and a search query.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../chromium'
import { loadDataset } from '../../src/data/load'
import { DATA_FILES, type Dataset } from '../../src/data/schema'
import { makeSearchDocs } from '../../src/search/searchDocs'
import { makeSearchEngine } from '../../src/search/searchEngine'
import { dataDir, readDataDir } from '../readDataDir'
import { timeBuild } from './buildSteps'
import { coldLoad, type Load } from './loads'
import { scaleDataset } from './scale'
import { serve } from './server'
import { kb, ms, stat, verdict, type Row } from './stats'

function duSize(dir: string): number {
  let n = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    n += e.isDirectory() ? duSize(p) : statSync(p).size
  }
  return n
}

function writeData(d: Dataset, dir: string) {
  for (const [key, spec] of Object.entries(DATA_FILES)) {
    const [first, ...rest] = spec.files
    writeFileSync(join(dir, first), JSON.stringify(d[key as keyof Dataset]))
    for (const f of rest) writeFileSync(join(dir, f), '[]')
  }
}

export async function measureScale(
  times: number,
  runs: number,
  own: Record<string, { transfer: Load['transfer'] }>,
): Promise<{ rows: Row[]; figures: Record<string, number> }> {
  const { dataset } = loadDataset(readDataDir(dataDir()))
  if (!dataset) throw new Error('the dataset does not load')
  const big = scaleDataset(dataset, times)
  const work = mkdtempSync(join(tmpdir(), 'atlas-scale-'))
  for (const f of ['src', 'scripts', 'public', 'index.html', 'package.json', 'tsconfig.json', 'vite.config.ts'])
    cpSync(resolve(f), join(work, f), { recursive: true, filter: (p) => !p.includes('/src/generated') })
  symlinkSync(resolve('node_modules'), join(work, 'node_modules'))
  cpSync(resolve('data'), join(work, 'big-data'), { recursive: true })
  writeData(big, join(work, 'big-data'))

  const steps = timeBuild(work, { ...process.env, ATLAS_DATA: 'big-data' })
  const buildSeconds = steps.reduce((sum, s) => sum + s.seconds, 0)
  const distBytes = duSize(join(work, 'dist'))

  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS],
  })
  const site = await serve(join(work, 'dist'), 4192)
  const pages = [
    { kind: 'home', path: '/' },
    { kind: 'conflict', path: '/conflicts/drc-rwanda-x7' },
    { kind: 'deal', path: '/deals/washington-accords-x7' },
  ]
  const rows: Row[] = [
    [
      `build (${big.conflicts.length} conflicts, ${big.agreements.length} deals and events)`,
      `${buildSeconds.toFixed(0)} s`,
      '< 300 s',
      verdict(buildSeconds < 300),
    ],
    ...steps.map((s): Row => [`  ${s.step}`, `${s.seconds.toFixed(1)} s`, '', '']),
    ['size of dist/', `${(distBytes / 1024 / 1024).toFixed(1)} MB`, '', ''],
  ]
  const figures: Record<string, number> = { buildSeconds, distBytes }
  for (const s of steps) figures[`build: ${s.step}`] = s.seconds
  for (const p of pages) {
    const ls: number[] = []
    await coldLoad(browser, site.base + p.path) // fills the server's compressed copies, unmeasured
    for (let i = 0; i < runs; i++) ls.push((await coldLoad(browser, site.base + p.path)).transfer.total)
    const m = stat(ls).median
    const base = own[p.kind]?.transfer.total ?? m
    figures[p.kind] = m
    const limited = p.kind !== 'conflict'
    rows.push([
      `${p.kind}: transfer in all (${p.path})`,
      `${kb(m)} kB (× ${(m / base).toFixed(2)} our size)`,
      limited ? '≤ × 1.25' : '',
      limited ? verdict(m <= base * 1.25) : '',
    ])
  }
  site.stop()
  await browser.close()

  const engine = makeSearchEngine(makeSearchDocs(big))
  const queries = ['cobalt', 'washington acc', 'vucic', 'rare earth', 'ceasefre']
  const times_: number[] = []
  for (let i = 0; i < runs * 2; i++) {
    const t = performance.now()
    for (const q of queries) engine.search(q)
    times_.push((performance.now() - t) / queries.length)
  }
  const search = stat(times_)
  figures.search = search.median
  rows.push([
    `search: one query over ${makeSearchDocs(big).length} documents`,
    ms(search),
    '< 20 ms',
    verdict(search.median < 20),
  ])
  rmSync(work, { recursive: true, force: true })
  return { rows, figures }
}
