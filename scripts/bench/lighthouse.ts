/**
 * Optional Lighthouse runs (12.2.3; 13 needs Node 22), kept out of the project's
 * dependencies: point LIGHTHOUSE at its binary or have it on the PATH
 * (`npm i lighthouse@12.2.3` in a folder of its own).
 */
import { execSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'

export interface LighthouseRun {
  preset: 'mobile' | 'desktop'
  performance: number
  lcp: number
  tbt: number
  cls: number
}

export function runLighthouse(base: string): LighthouseRun[] {
  const bin = process.env.LIGHTHOUSE ?? 'lighthouse'
  const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const out: LighthouseRun[] = []
  mkdirSync('bench-results', { recursive: true })
  for (const preset of ['mobile', 'desktop'] as const) {
    const file = `bench-results/lighthouse-${preset}.json`
    try {
      execSync(
        `${bin} ${base}/ ${preset === 'desktop' ? '--preset=desktop' : ''} --quiet --output=json --output-path=${file} ` +
          `--only-categories=performance ` +
          `--chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"`,
        { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chrome } },
      )
      const r = JSON.parse(readFileSync(file, 'utf8'))
      out.push({
        preset,
        performance: r.categories.performance.score,
        lcp: r.audits['largest-contentful-paint'].numericValue,
        tbt: r.audits['total-blocking-time'].numericValue,
        cls: r.audits['cumulative-layout-shift'].numericValue,
      })
    } catch (e) {
      console.error(`Lighthouse (${preset}) did not run: ${(e as Error).message.split('\n')[0]}`)
    }
  }
  return out
}
