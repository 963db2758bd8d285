/**
 * Optional Lighthouse runs (12.2.3; 13 needs Node 22), kept out of the project's
 * dependencies: point LIGHTHOUSE at its binary or have it on the PATH
 * (`npm i lighthouse@12.2.3` in a folder of its own). Lighthouse times the page's
 * main-thread tasks on the machine it runs on, so one run's blocking time can be
 * several times another's: each preset runs N times, and its figures are medians.
 *
 * The mobile preset's 4× CPU slowdown assumes a host of benchmark index about 1,500,
 * and this machine's index moves from one minute to the next (1,100–1,800 within one
 * run of the bench). Lighthouse gathers a load at full speed, measures the host's
 * index, then simulates the slower phone: so each mobile load is gathered once and
 * audited twice, at 4× and at the slowdown Lighthouse's documentation calibrates from
 * the index that load measured (cpuSlowdown.ts). Both figures are reported.
 */
import { execSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { findChromium } from '../chromium'
import { cpuSlowdownFor } from './cpuSlowdown'
import { waitForQuiet } from './quiet'
import { stat, type Stat } from './stats'

export interface LighthouseRun {
  preset: 'mobile' | 'desktop'
  /** Whether each load was simulated at the CPU slowdown calibrated to its own benchmark index. */
  calibrated: boolean
  /** The CPU slowdown simulated: the preset's own (4× mobile, 1× desktop), or the calibrated ones. */
  cpuSlowdown: Stat
  /** Lighthouse's benchmark index of the machine, as each load measured it. */
  benchmarkIndex: Stat
  /** How many runs completed; the figures are their medians and ranges. */
  runs: number
  performance: Stat
  lcp: Stat
  tbt: Stat
  cls: Stat
}

interface OneRun {
  benchmarkIndex: number
  cpuSlowdown: number
  performance: number
  lcp: number
  tbt: number
  cls: number
}

const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update ' +
  '--disable-sync --no-first-run'

function lighthouse(args: string): void {
  const bin = process.env.LIGHTHOUSE ?? 'lighthouse'
  const chrome = findChromium() ?? '/usr/bin/chromium'
  execSync(`${bin} ${args} --quiet --only-categories=performance --chrome-flags="${CHROME_FLAGS}"`, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CHROME_PATH: chrome },
  })
}

function readReport(file: string): OneRun {
  const r = JSON.parse(readFileSync(file, 'utf8'))
  return {
    benchmarkIndex: r.environment.benchmarkIndex,
    cpuSlowdown: r.configSettings.throttling.cpuSlowdownMultiplier,
    performance: r.categories.performance.score,
    lcp: r.audits['largest-contentful-paint'].numericValue,
    tbt: r.audits['total-blocking-time'].numericValue,
    cls: r.audits['cumulative-layout-shift'].numericValue,
  }
}

/** One desktop load, gathered and audited in one go. */
function desktopRun(base: string, file: string): OneRun {
  lighthouse(`${base}/ --preset=desktop --output=json --output-path=${file}`)
  return readReport(file)
}

/**
 * One mobile load, gathered once and audited at 4× and at its calibrated slowdown (null
 * when the machine measured too slow to stand for the phone at all).
 */
function mobileRun(base: string, file: (name: string) => string): { standard: OneRun; calibrated: OneRun | null } {
  const gathered = file('gathered')
  const audit = (name: string, flags = '') => {
    lighthouse(`${base}/ -A=${gathered} ${flags}--output=json --output-path=${file(name)}.json`)
    return readReport(`${file(name)}.json`)
  }
  rmSync(gathered, { recursive: true, force: true })
  lighthouse(`${base}/ -G=${gathered}`)
  const standard = audit('mobile')
  const slowdown = cpuSlowdownFor(standard.benchmarkIndex)
  if (!slowdown) return { standard, calibrated: null }
  // The load was gathered at full speed; the slowdown enters only the simulation. Lighthouse
  // audits saved artifacts only with the settings they were gathered with, so they are given it.
  const artifacts = join(gathered, 'artifacts.json')
  const a = JSON.parse(readFileSync(artifacts, 'utf8'))
  a.settings.throttling.cpuSlowdownMultiplier = slowdown.multiplier
  writeFileSync(artifacts, JSON.stringify(a))
  const calibrated = audit('mobile-calibrated', `--throttling.cpuSlowdownMultiplier=${slowdown.multiplier} `)
  rmSync(gathered, { recursive: true, force: true })
  return { standard, calibrated }
}

function summary(preset: 'mobile' | 'desktop', calibrated: boolean, done: readonly OneRun[]): LighthouseRun {
  const of = (k: keyof OneRun) => stat(done.map((d) => d[k]))
  return {
    preset,
    calibrated,
    cpuSlowdown: of('cpuSlowdown'),
    benchmarkIndex: of('benchmarkIndex'),
    runs: done.length,
    performance: of('performance'),
    lcp: of('lcp'),
    tbt: of('tbt'),
    cls: of('cls'),
  }
}

export async function runLighthouse(base: string, runs: number): Promise<LighthouseRun[]> {
  mkdirSync('bench-results', { recursive: true })
  const standard: OneRun[] = []
  const calibrated: OneRun[] = []
  const desktop: OneRun[] = []
  const attempt = (what: string, i: number, run: () => void) => {
    try {
      run()
    } catch (e) {
      console.error(`Lighthouse (${what}, run ${i + 1}) did not run: ${(e as Error).message.split('\n')[0]}`)
    }
  }
  for (let i = 0; i < runs; i++) {
    // Not while the previous run's browser is still closing (see quiet.ts).
    await waitForQuiet()
    attempt('mobile', i, () => {
      const r = mobileRun(base, (name) => `bench-results/lighthouse-${name}-${i + 1}`)
      standard.push(r.standard)
      if (r.calibrated) calibrated.push(r.calibrated)
      else console.error(`Lighthouse (mobile, run ${i + 1}): the machine measured too slow to stand for the phone`)
    })
  }
  for (let i = 0; i < runs; i++) {
    await waitForQuiet()
    attempt('desktop', i, () => desktop.push(desktopRun(base, `bench-results/lighthouse-desktop-${i + 1}.json`)))
  }
  return [
    ...(standard.length ? [summary('mobile', false, standard)] : []),
    ...(calibrated.length ? [summary('mobile', true, calibrated)] : []),
    ...(desktop.length ? [summary('desktop', false, desktop)] : []),
  ]
}
