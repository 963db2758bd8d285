/**
 * Optional Lighthouse runs (12.2.3; 13 needs Node 22), kept out of the project's
 * dependencies: point LIGHTHOUSE at its binary or have it on the PATH
 * (`npm i lighthouse@12.2.3` in a folder of its own). Lighthouse times the page's
 * main-thread tasks on the machine it runs on, so one run's blocking time can be
 * several times another's: each preset runs N times, and its figures are medians.
 */
import { execSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { findChromium } from '../chromium'
import { waitForQuiet } from './quiet'
import { stat, type Stat } from './stats'

export interface LighthouseRun {
  preset: 'mobile' | 'desktop'
  /** How many runs completed; the figures are their medians and ranges. */
  runs: number
  performance: Stat
  lcp: Stat
  tbt: Stat
  cls: Stat
}

interface OneRun {
  performance: number
  lcp: number
  tbt: number
  cls: number
}

function runOnce(bin: string, chrome: string, base: string, preset: 'mobile' | 'desktop', file: string): OneRun {
  execSync(
    `${bin} ${base}/ ${preset === 'desktop' ? '--preset=desktop' : ''} --quiet --output=json --output-path=${file} ` +
      `--only-categories=performance ` +
      `--chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"`,
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chrome } },
  )
  const r = JSON.parse(readFileSync(file, 'utf8'))
  return {
    performance: r.categories.performance.score,
    lcp: r.audits['largest-contentful-paint'].numericValue,
    tbt: r.audits['total-blocking-time'].numericValue,
    cls: r.audits['cumulative-layout-shift'].numericValue,
  }
}

export async function runLighthouse(base: string, runs: number): Promise<LighthouseRun[]> {
  const bin = process.env.LIGHTHOUSE ?? 'lighthouse'
  const chrome = findChromium() ?? '/usr/bin/chromium'
  const out: LighthouseRun[] = []
  mkdirSync('bench-results', { recursive: true })
  for (const preset of ['mobile', 'desktop'] as const) {
    const done: OneRun[] = []
    for (let i = 0; i < runs; i++) {
      // Not while the previous run's browser is still closing (see quiet.ts).
      await waitForQuiet()
      try {
        done.push(runOnce(bin, chrome, base, preset, `bench-results/lighthouse-${preset}-${i + 1}.json`))
      } catch (e) {
        console.error(`Lighthouse (${preset}, run ${i + 1}) did not run: ${(e as Error).message.split('\n')[0]}`)
      }
    }
    if (done.length === 0) continue
    out.push({
      preset,
      runs: done.length,
      performance: stat(done.map((d) => d.performance)),
      lcp: stat(done.map((d) => d.lcp)),
      tbt: stat(done.map((d) => d.tbt)),
      cls: stat(done.map((d) => d.cls)),
    })
  }
  return out
}
