/**
 * `npm run bench [-- --no-build] [-- --runs N]`: builds the site, serves dist/ with
 * gzip, and measures in headless Chromium (cold loads, median and range), plus the
 * pure timeline and search code at 100 times the dataset. Prints a table with the
 * budgets beside the figures and writes bench-results/bench.json. It times; the
 * tests check behaviour.
 */
import { execSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import { readDataDir } from './readDataDir'
import { loadDataset } from '../src/data/load'
import type { Agreement, Dataset } from '../src/data/schema'
import { makeIndex } from '../src/data/selectors'
import { makeSearchDocs } from '../src/search/searchDocs'
import { makeSearchEngine } from '../src/search/searchEngine'
import { Timeline } from '../src/timeline/Timeline'
import { layoutTimeline } from '../src/timeline/timelineLayout'
import { filterTimeline, laneOf } from '../src/timeline/timelineModel'
import { DEFAULT_TIMELINE_VIEW } from '../src/timeline/timelineParams'

const args = process.argv.slice(2)
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5
if (!args.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' })

// ------------------------------------------------------------------ dist/ served as a static host would, with gzip
const server = spawn('node', ['scripts/serve.mjs', '--port', '4180'], { stdio: ['ignore', 'pipe', 'inherit'] })
await new Promise<void>((resolve, reject) => {
  server.stdout.once('data', () => resolve())
  server.once('exit', (code) => reject(new Error(`the server exited (${code})`)))
})
const BASE = 'http://127.0.0.1:4180'

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
const stat = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) })
type Stat = ReturnType<typeof stat>

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})

interface Load {
  transfer: Record<'html' | 'js' | 'css' | 'data' | 'other', number>
  firstPaint: number
  mapPainted: number | null
  interactive: number
  mapInHtml: boolean
}

async function coldLoad(path: string): Promise<Load> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(BASE + path, { waitUntil: 'networkidle' })
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
    const interactive = performance.getEntriesByName('atlas-interactive')[0]?.startTime ?? 0
    return {
      html: nav.encodedBodySize,
      res: res.map((x) => ({ name: x.name, size: x.encodedBodySize, type: x.initiatorType })),
      fcp,
      interactive,
    }
  })
  const transfer = { html: r.html, js: 0, css: 0, data: 0, other: 0 }
  for (const x of r.res) {
    if (x.name.endsWith('.js')) transfer.js += x.size
    else if (x.name.endsWith('.css')) transfer.css += x.size
    else if (x.name.endsWith('.json')) transfer.data += x.size
    else transfer.other += x.size
  }
  const html = readFileSync(path === '/' ? 'dist/index.html' : `dist${path}.html`, 'utf8')
  const mapInHtml = /class="world-map"/.test(html)
  await context.close()
  return { transfer, firstPaint: r.fcp, mapPainted: mapInHtml ? r.fcp : null, interactive: r.interactive, mapInHtml }
}

/**
 * Time from a change to React's commit (the DOM updated) and to the next painted
 * frame. Headless Chromium here rasterises in software (no GPU), so the frame figure
 * is a pessimistic bound; the commit is the app's own share.
 */
async function changeToPaint(path: string, action: string): Promise<{ commit: number[]; frame: number[] }> {
  const page = await browser.newPage()
  await page.goto(BASE + path, { waitUntil: 'networkidle' })
  const commit: number[] = []
  const frame: number[] = []
  for (let i = 0; i < RUNS * 2; i++) {
    const t = await page.evaluate(async (act) => {
      const el = document.querySelector<HTMLSelectElement>(act)
      if (!el) return null
      const options = [...el.options].map((o) => o.value)
      const next = options[(options.indexOf(el.value) + 1) % options.length] ?? ''
      let committed = 0
      const t0 = performance.now()
      const mo = new MutationObserver(() => {
        if (!committed) committed = performance.now() - t0
      })
      mo.observe(document.querySelector('main')!, {
        attributes: true,
        childList: true,
        subtree: true,
        characterData: true,
      })
      const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!
      setter.call(el, next)
      el.dispatchEvent(new Event('change', { bubbles: true }))
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      mo.disconnect()
      return { commit: committed, frame: performance.now() - t0 }
    }, action)
    if (t) {
      commit.push(t.commit)
      frame.push(t.frame)
    }
  }
  await page.close()
  return { commit, frame }
}

// ------------------------------------------------------------------ page loads
const kinds = [
  { kind: 'home', path: '/' },
  { kind: 'conflict', path: '/conflicts/drc-rwanda' },
  { kind: 'deal', path: '/deals/washington-accords' },
]
const loads: Record<
  string,
  { transfer: Load['transfer'] & { total: number }; firstPaint: Stat; mapPainted: Stat | null; interactive: Stat }
> = {}
for (const k of kinds) {
  const runs: Load[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(k.path))
  const t = runs[0]!.transfer
  loads[k.kind] = {
    transfer: { ...t, total: t.html + t.js + t.css + t.data + t.other },
    firstPaint: stat(runs.map((r) => r.firstPaint)),
    mapPainted: runs[0]!.mapInHtml ? stat(runs.map((r) => r.mapPainted ?? 0)) : null,
    interactive: stat(runs.map((r) => r.interactive)),
  }
}
// ------------------------------------------------------------------ optional: Lighthouse 12.2.3 (13 needs Node 22)
interface LighthouseRun {
  preset: 'mobile' | 'desktop'
  scores: Record<string, number>
  lcp: number
  tbt: number
  cls: number
}
const lighthouse: LighthouseRun[] = []
if (args.includes('--lighthouse')) {
  // Kept out of the project's dependencies: point LIGHTHOUSE at its binary, or have it on the PATH
  // (npm i lighthouse@12.2.3 in a folder of its own).
  const bin = process.env.LIGHTHOUSE ?? 'lighthouse'
  const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  for (const preset of ['mobile', 'desktop'] as const) {
    const out = `bench-results/lighthouse-${preset}.json`
    mkdirSync('bench-results', { recursive: true })
    try {
      execSync(
        `${bin} ${BASE}/ ${preset === 'desktop' ? '--preset=desktop' : ''} --quiet --output=json --output-path=${out} ` +
          `--only-categories=performance,accessibility,best-practices,seo ` +
          `--chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"`,
        { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chrome } },
      )
      const r = JSON.parse(readFileSync(out, 'utf8'))
      lighthouse.push({
        preset,
        scores: Object.fromEntries(
          Object.entries(r.categories as Record<string, { score: number }>).map(([k, v]) => [k, v.score]),
        ),
        lcp: r.audits['largest-contentful-paint'].numericValue,
        tbt: r.audits['total-blocking-time'].numericValue,
        cls: r.audits['cumulative-layout-shift'].numericValue,
      })
    } catch (e) {
      console.error(`Lighthouse (${preset}) did not run: ${(e as Error).message.split('\n')[0]}`)
    }
  }
}

const mapChange = await changeToPaint('/', '[data-testid="layer-select"]')
const timelineChange = await changeToPaint('/timeline', '[data-testid="resource-select"]')
const mapCommit = stat(mapChange.commit)
const mapFilter = stat(mapChange.frame)
const timelineCommit = stat(timelineChange.commit)
const timelineFilter = stat(timelineChange.frame)
await browser.close()
server.kill()

// ------------------------------------------------------------------ 100 times the dataset, in Node
const { dataset } = loadDataset(readDataDir('data'))
if (!dataset) throw new Error('the dataset does not load')
function scaled(d: Dataset, times: number): Dataset {
  const agreements: Agreement[] = []
  for (let i = 0; i < times; i++) {
    for (const a of d.agreements) {
      // Spread copies over 2020-2026 so the layout meets crowded and sparse stretches.
      const day = new Date(Date.parse(a.date) + ((i * 37) % 2000) * 86_400_000 - 1000 * 86_400_000)
        .toISOString()
        .slice(0, 10)
      agreements.push({ ...a, id: `${a.id}-x${i}`, date: day })
    }
  }
  return { ...d, agreements }
}
const big = scaled(dataset, 100)
const lanes = big.conflicts.map((c) => ({
  id: c.id,
  label: c.shortName,
  bands: c.statusHistory.map((s) => ({ date: s.date, key: s.status })),
}))
const time = (f: () => void, n = RUNS * 2) => {
  const xs: number[] = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    f()
    xs.push(performance.now() - t0)
  }
  return stat(xs)
}
const span = { start: '2020-01-01', end: '2026-11-27' }
const timelineRender = time(() => {
  renderToString(
    createElement(
      MemoryRouter,
      null,
      createElement(Timeline, {
        items: big.agreements,
        lanes,
        ...span,
        asOf: big.meta.released,
        selected: null,
        onOpen: () => undefined,
        onHover: () => undefined,
      }),
    ),
  )
})
const bigIx = makeIndex(big)
const timelineFilter100 = time(() => {
  const items = filterTimeline(bigIx, big.agreements, { ...DEFAULT_TIMELINE_VIEW, resource: 'cobalt' })
  layoutTimeline(
    items.map((a) => ({ ...a, lane: laneOf(a) })),
    lanes,
    { width: 1100, gutter: 170, rowHeight: 22, lanePadding: 6, minGap: 16, ...span },
  )
})
const docs = makeSearchDocs(dataset)
const bigDocs = Array.from({ length: 100 }, (_, i) => docs.map((d) => ({ ...d, id: `${d.id}#${i}` }))).flat()
const engine = makeSearchEngine(bigDocs)
const searchQuery = time(() => {
  for (const q of ['cobalt', 'washington acc', 'vucic', 'rare earth', 'ceasefre']) engine.search(q)
})
searchQuery.median /= 5
searchQuery.min /= 5
searchQuery.max /= 5

// ------------------------------------------------------------------ report
const kb = (b: number) => (b / 1024).toFixed(1)
const ms = (s: Stat | null) => (s ? `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})` : '—')
const rows: Array<[string, string, string, string]> = []
const check = (ok: boolean) => (ok ? 'ok' : 'MISSED')
for (const k of kinds) {
  const l = loads[k.kind]!
  // What the first paint needs: the HTML (the stylesheet is inlined); scripts start after it (boot.js).
  const needed = l.transfer.html + l.transfer.css
  rows.push([
    `${k.kind}: first view, needed for the first paint (gzip)`,
    `${kb(needed)} kB = HTML ${kb(l.transfer.html)} + CSS ${kb(l.transfer.css)}`,
    k.kind === 'home' ? '≤ 120 kB' : '',
    k.kind === 'home' ? check(needed <= 120 * 1024) : '',
  ])
  rows.push([
    `${k.kind}: loaded after the first paint (gzip)`,
    `${kb(l.transfer.total - needed)} kB = JS ${kb(l.transfer.js)} + data ${kb(l.transfer.data)} + other ${kb(l.transfer.other)}`,
    '',
    '',
  ])
  rows.push([`${k.kind}: first contentful paint`, ms(l.firstPaint), '', ''])
  if (l.mapPainted)
    rows.push([
      `${k.kind}: map painted (in the first HTML)`,
      ms(l.mapPainted),
      'before the script runs',
      check(l.mapPainted.median < l.interactive.median),
    ])
  rows.push([`${k.kind}: interactive (hydrated)`, ms(l.interactive), '', ''])
}
// A discrete change commits synchronously (flushSync), so it is painted in the next frame when the
// commit fits in one: that is the budget. The wall time to the next frame also waits for vsync
// (0–16.7 ms) and, here, for software rasterisation (no GPU), so it is printed for reference.
rows.push(['map: layer change to DOM commit', ms(mapCommit), '≤ 16 ms', check(mapCommit.median <= 16)])
rows.push(['map: layer change to next frame (vsync wait, software raster)', ms(mapFilter), '', ''])
rows.push(['timeline: filter to DOM commit', ms(timelineCommit), '≤ 16 ms', check(timelineCommit.median <= 16)])
rows.push(['timeline: filter to next frame (vsync wait, software raster)', ms(timelineFilter), '', ''])
rows.push([
  `timeline at 100× (${big.agreements.length} items): render`,
  ms(timelineRender),
  '≤ 100 ms',
  check(timelineRender.median <= 100),
])
rows.push([
  'timeline at 100×: filter + layout',
  ms(timelineFilter100),
  '≤ 50 ms',
  check(timelineFilter100.median <= 50),
])
rows.push([`search at 100× (${bigDocs.length} documents): one query`, ms(searchQuery), '', ''])
const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)))
console.log(`\nMineral Peace Atlas benchmark — ${RUNS} cold loads per page, headless Chromium, gzip\n`)
for (const r of rows) console.log(`${r[0].padEnd(w[0]!)}  ${r[1].padEnd(w[1]!)}  ${r[2].padEnd(w[2]!)}  ${r[3]}`)
for (const l of lighthouse) {
  const sc = (k: string) => (l.scores[k] ?? 0).toFixed(2)
  console.log(
    `Lighthouse ${l.preset.padEnd(7)} performance ${sc('performance')} (budget ≥ 0.95 on mobile) · accessibility ${sc('accessibility')} · ` +
      `best practices ${sc('best-practices')} · SEO ${sc('seo')} (budgets 1.00) · LCP ${l.lcp.toFixed(0)} ms · TBT ${l.tbt.toFixed(0)} ms · CLS ${l.cls.toFixed(3)}`,
  )
}
mkdirSync('bench-results', { recursive: true })
writeFileSync(
  'bench-results/bench.json',
  JSON.stringify(
    {
      runs: RUNS,
      loads,
      mapCommit,
      mapFilter,
      timelineCommit,
      timelineFilter,
      timelineRender,
      timelineFilter100,
      searchQuery,
      date: new Date().toISOString(),
    },
    null,
    2,
  ),
)
console.log('\nFigures written to bench-results/bench.json')
