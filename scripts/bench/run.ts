/**
 * `npm run bench [-- --no-build] [-- --runs N] [-- --scale 50] [-- --lighthouse]`:
 * builds the site, serves dist/ as a static host does (Brotli, else gzip) and measures
 * in headless Chromium, cold,
 * the median and range of N loads (default 5): what each kind of page transfers, the
 * home map painted against a minimal d3-geo + React map measured side by side, blank
 * frames on shared query links, and the commit of a map or timeline change (with
 * `--lighthouse`, N Lighthouse runs of the home for each preset, each mobile one also
 * audited at the CPU slowdown calibrated to this machine). With
 * `--scale N` it also builds a dataset N times ours (in a temporary folder) and
 * measures the build, dist/ and the same pages there. Prints the figures beside their
 * budgets and writes bench-results/bench.json. It times; the tests check behaviour.
 */
import { execSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../chromium'
import { changeToPaint, coldLoad, type Load } from './loads'
import { buildMinimalMap } from './minimalMap'
import { measureScale } from './scaleBuild'
import { serve } from './server'
import { kb, ms, printTable, spread, stat, verdict, type Row, type Stat } from './stats'
import { runLighthouse } from './lighthouse'

const args = process.argv.slice(2)
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const RUNS = Number(opt('--runs')) || 5
const SCALE = Number(opt('--scale')) || 0
if (!args.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' })
/** The machine's one-minute load average before measuring: the timings move with it, the bytes do not. */
const loadAtStart = loadavg()[0]!

const KB = 1024
/** Transfer budgets per kind of page, in kB (encoded bytes until the network is idle). */
export const PAGES = [
  { kind: 'home', path: '/', budget: 180 },
  { kind: 'conflict', path: '/conflicts/drc-rwanda', budget: 140 },
  { kind: 'deal', path: '/deals/washington-accords', budget: 140 },
  { kind: 'about', path: '/about', budget: 140 },
  { kind: 'timeline', path: '/timeline', budget: 160 },
]
/** Shared links that carry a view in the query: none may show a blank frame. */
const QUERY_URLS = [
  '/?mineral=cobalt',
  '/map/cobalt?zk=2.5&zx=-700&zy=-350',
  '/?status=ceasefire',
  '/?region=Europe&sites=1',
  '/map/lithium/production?conflict=russia-ukraine',
  '/timeline?type=ceasefire',
  '/timeline?conflict=drc-rwanda&events=0',
  '/minerals?sort=name',
  '/minerals/cobalt?measure=production',
  '/search?q=cobalt',
]

const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: [...CHROMIUM_ARGS],
})
const site = await serve('dist', 4190)
// The same build sent with gzip only, for hosts without Brotli: one load per page, for reference.
const gzipOnly = await serve('dist', 4193, ['gzip'])
const minimal = await serve(await buildMinimalMap(), 4191)

/** Every timed load of this run, and how many of them had to start on a busy machine (see quiet.ts). */
const started = { all: 0, busy: 0 }
async function load(url: string): Promise<Load> {
  const l = await coldLoad(browser, url)
  started.all++
  if (!l.quiet) started.busy++
  return l
}

const loads: Record<string, { transfer: Load['transfer']; firstPaint: Stat; interactive: Stat; requests: string[] }> =
  {}
const rows: Row[] = []
for (const p of PAGES) {
  // The server compresses each file once and keeps it, as a CDN does: one unmeasured load fills it.
  await load(site.base + p.path)
  const runs: Load[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await load(site.base + p.path))
  await load(gzipOnly.base + p.path)
  const gzipTotal = (await load(gzipOnly.base + p.path)).transfer.total
  const total = stat(runs.map((r) => r.transfer.total))
  const t = runs[0]!.transfer
  loads[p.kind] = {
    transfer: t,
    firstPaint: stat(runs.map((r) => r.firstPaint)),
    interactive: stat(runs.map((r) => r.interactive)),
    requests: runs[0]!.requests,
  }
  rows.push([
    `${p.kind}: transfer in all (${p.path})`,
    `${kb(total.median)} kB = HTML ${kb(t.html)} + JS ${kb(t.js)} + CSS ${kb(t.css)} + data ${kb(t.data)} + other ${kb(t.other)} (gzip only: ${kb(gzipTotal)})`,
    `≤ ${p.budget} kB`,
    verdict(total.median <= p.budget * KB),
  ])
  // A page's records arrive with its HTML: it fetches no other page's data, nor the dataset.
  const foreign = runs[0]!.requests.filter((u) => /\.data\.json$|\/data\/atlas\.json$|\/search\/docs\.json$/.test(u))
  rows.push([
    `${p.kind}: records loaded beyond its own`,
    foreign.length ? foreign.join(', ') : 'none',
    'none',
    verdict(foreign.length === 0),
  ])
  rows.push([
    `${p.kind}: first contentful paint · interactive`,
    `${ms(loads[p.kind]!.firstPaint)} · ${ms(loads[p.kind]!.interactive)}`,
    '',
    '',
  ])
}

// The home map against the minimal map, alternately, in the same browser run.
const ours: number[] = []
const theirs: number[] = []
// As for the atlas's pages above: one unmeasured load fills the server's compressed copies of the minimal map.
await load(minimal.base + '/')
for (let i = 0; i < RUNS; i++) {
  ours.push((await load(site.base + '/')).mapPainted ?? NaN)
  theirs.push((await load(minimal.base + '/')).mapPainted ?? NaN)
}
const oursMap = stat(ours)
const theirsMap = stat(theirs)
rows.push([
  'home map painted (> 150 shapes, next frame) vs a minimal d3-geo + React map',
  `${ms(oursMap)} vs ${ms(theirsMap)} (× ${(oursMap.median / theirsMap.median).toFixed(2)})`,
  '≤ × 0.50',
  verdict(oursMap.median <= theirsMap.median / 2),
])

let blank = 0
let sampled = 0
const blankAt: string[] = []
const unsampled: string[] = []
for (const u of QUERY_URLS) {
  const l = await load(site.base + u)
  blank += l.blankFrames
  sampled += l.framesSampled
  if (l.blankFrames) blankAt.push(u)
  if (!l.framesSampled) unsampled.push(u)
}
rows.push([
  `blank frames on ${QUERY_URLS.length} query URLs, cold`,
  `${blank} in ${sampled} frames${blankAt.length ? ` (${blankAt.join(', ')})` : ''}` +
    (unsampled.length ? `; no frame sampled on ${unsampled.join(', ')}` : ''),
  '0',
  // A URL with no frame sampled was not checked at all.
  verdict(blank === 0 && unsampled.length === 0),
])

const mapChange = await changeToPaint(
  browser,
  site.base + '/?status=ceasefire',
  '[data-testid="layer-select"]',
  RUNS * 2,
)
const timelineChange = await changeToPaint(
  browser,
  site.base + '/timeline',
  '[data-testid="resource-select"]',
  RUNS * 2,
)
const timelineCommit = stat(timelineChange.commit)
rows.push(['map: layer change to DOM commit (navigates to the layer page)', ms(stat(mapChange.commit)), '', ''])
rows.push(['timeline: filter to DOM commit', ms(timelineCommit), '≤ 16 ms', verdict(timelineCommit.median <= 16)])
rows.push(['timeline: filter to next frame (vsync wait, software raster)', ms(stat(timelineChange.frame)), '', ''])

const lighthouse = args.includes('--lighthouse') ? await runLighthouse(site.base, RUNS) : []
for (const l of lighthouse) {
  // The budget is the phone's: judged on the loads simulated at the slowdown calibrated to this machine.
  const judged = l.preset === 'mobile' && l.calibrated
  const slowdown =
    l.preset === 'desktop'
      ? ''
      : l.calibrated
        ? `, CPU ${spread(l.cpuSlowdown, 1, '×')} calibrated to each load's benchmark index`
        : `, CPU 4× (the default, for a benchmark index of about 1,500; this machine ${spread(l.benchmarkIndex, 0)})`
  rows.push([
    `Lighthouse ${l.preset}${slowdown}, median of ${l.runs}: performance · TBT`,
    `${spread(l.performance, 2)} · ${spread(l.tbt, 0, ' ms')} ` +
      `(LCP ${l.lcp.median.toFixed(0)} ms, CLS ${l.cls.median.toFixed(3)})`,
    judged ? '≥ 0.98 · ≤ 100 ms' : '',
    judged ? verdict(l.performance.median >= 0.98 && l.tbt.median <= 100) : '',
  ])
}

site.stop()
gzipOnly.stop()
minimal.stop()
await browser.close()
printTable(`Mineral Peace Atlas benchmark — ${RUNS} cold loads each, headless Chromium, Brotli`, rows)
const loadAtEnd = loadavg()[0]!
console.log(
  `\n${availableParallelism()} cores; load average ${loadAtStart.toFixed(2)} before measuring, ${loadAtEnd.toFixed(2)} after. ` +
    'Each timed load starts once the machine is quiet; ' +
    `${started.busy} of ${started.all} loads had to start on a busy machine. ` +
    'Timings (paint, commit, Lighthouse) move with the load of the machine, transfers do not; ' +
    'compare timings of runs made under the same load, or raise --runs.',
)

const scale = SCALE > 0 ? await measureScale(SCALE, RUNS, loads) : null
if (scale) printTable(`At ${SCALE} times the data (generated in a temporary folder)`, scale.rows)

mkdirSync('bench-results', { recursive: true })
writeFileSync(
  'bench-results/bench.json',
  JSON.stringify(
    {
      runs: RUNS,
      loads,
      homeMap: { ours: oursMap, minimal: theirsMap },
      blank,
      lighthouse,
      scale,
      machine: {
        cores: availableParallelism(),
        loadAverage: { start: loadAtStart, end: loadAtEnd },
        loadsStartedBusy: started.busy,
        loads: started.all,
      },
      date: new Date().toISOString(),
    },
    null,
    2,
  ),
)
console.log('\nFigures written to bench-results/bench.json')
