/**
 * Cold page loads in headless Chromium: the bytes of every response until the network
 * is idle, first paint, the moment the map is painted (more than 150 shapes in the DOM,
 * then the next frame), when the app is interactive, and any frame in which the page
 * shows nothing after it first showed something.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { waitForQuiet } from './quiet'

export interface Load {
  /** Encoded bytes by kind: what the network carried. */
  transfer: { html: number; js: number; css: number; data: number; other: number; total: number }
  /** Same-origin URLs requested after the HTML, for the check that a page loads only its own data. */
  requests: string[]
  firstPaint: number
  /** Time to the frame after more than 150 map shapes were in the DOM; null when the page has no map. */
  mapPainted: number | null
  interactive: number
  /** Animation frames, after content first appeared, in which #root held no text and no shape. */
  blankFrames: number
  /** Animation frames sampled in the first 15 s: none means the probe did not run. */
  framesSampled: number
  /** Whether the load started on a quiet machine (see quiet.ts), rather than when the wait ran out. */
  quiet: boolean
}

/** What the probe records in the page. */
type Probe = { map: number | null; blank: number; seen: boolean; frames: number }

/** Installed before any page script: watches the DOM from the first byte. */
const PROBE = () => {
  const w = window as unknown as { __probe: Probe }
  w.__probe = { map: null, blank: 0, seen: false, frames: 0 }
  const mo = new MutationObserver(() => {
    if (w.__probe.map === null && document.querySelectorAll('svg path').length > 150) {
      mo.disconnect()
      requestAnimationFrame(() => setTimeout(() => (w.__probe.map = performance.now()), 0))
    }
  })
  mo.observe(document, { childList: true, subtree: true })
  const sample = () => {
    w.__probe.frames++
    const root = document.getElementById('root')
    const content = !!root && ((root.textContent ?? '').trim().length > 0 || root.querySelector('svg path') !== null)
    if (content) w.__probe.seen = true
    else if (w.__probe.seen) w.__probe.blank++
    if (performance.now() < 15_000) requestAnimationFrame(sample)
  }
  requestAnimationFrame(sample)
}

/** Waits until no resource has been requested for half a second. */
async function settle(page: Page): Promise<void> {
  let seen = -1
  for (;;) {
    const n = await page.evaluate(() => performance.getEntriesByType('resource').length)
    if (n === seen) return
    seen = n
    await page.waitForTimeout(500)
  }
}

/**
 * A window for the bench's pages. tsx, which runs the bench, keeps the names of functions by
 * wrapping them in __name(), which the page lacks: without it, a function the bench runs in
 * the page stops at its first named function.
 */
async function benchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext()
  await context.addInitScript({ content: 'globalThis.__name = (f) => f' })
  return context
}

export async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await benchContext(browser)
  await context.addInitScript(PROBE)
  const page = await context.newPage()
  // Nothing else (the new window's start-up, the last one's close) shares the CPU with the page's load.
  const quiet = await waitForQuiet()
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await page.goto(url, { waitUntil: 'networkidle' })
  // On a loaded machine the network can fall idle before the first paint starts the app:
  // wait for the app, then until no request has been made for half a second.
  // (An atlas page names its app on #root; the minimal map compared with it has no such mark.)
  await page.waitForFunction(
    () => !document.querySelector('#root[data-main]') || performance.getEntriesByName('atlas-interactive').length > 0,
    null,
    { timeout: 30_000 },
  )
  await settle(page)
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    const probe = (window as unknown as { __probe: Probe }).__probe
    return {
      html: nav.encodedBodySize,
      res: res.map((x) => ({ name: x.name, size: x.encodedBodySize })),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      interactive: performance.getEntriesByName('atlas-interactive')[0]?.startTime ?? 0,
      map: probe.map,
      blank: probe.blank,
      frames: probe.frames,
    }
  })
  const transfer = { html: r.html, js: 0, css: 0, data: 0, other: 0, total: 0 }
  for (const x of r.res) {
    const path = new URL(x.name).pathname
    if (path.endsWith('.js')) transfer.js += x.size
    else if (path.endsWith('.css')) transfer.css += x.size
    else if (path.endsWith('.json')) transfer.data += x.size
    else transfer.other += x.size
  }
  transfer.total = transfer.html + transfer.js + transfer.css + transfer.data + transfer.other
  await context.close()
  return {
    transfer,
    requests: requests.slice(1),
    firstPaint: r.fcp,
    mapPainted: r.map,
    interactive: r.interactive,
    blankFrames: r.blank,
    framesSampled: r.frames,
    quiet,
  }
}

/**
 * Time from a change of a select to React's commit (the first change to the DOM, waited
 * for up to five seconds: a change that navigates commits once the route's data is in)
 * and to the frame after it. Headless Chromium here rasterises in software, so the frame
 * figure is a pessimistic bound; the commit is the app's own share. A change that never
 * reaches the DOM is left out of the figures, not counted as instant.
 */
export async function changeToPaint(
  browser: Browser,
  url: string,
  selector: string,
  n: number,
): Promise<{ commit: number[]; frame: number[] }> {
  const context = await benchContext(browser)
  const page = await context.newPage()
  await page.goto(url, { waitUntil: 'networkidle' })
  await waitForQuiet()
  const commit: number[] = []
  const frame: number[] = []
  for (let i = 0; i < n; i++) {
    const t = await page.evaluate(async (sel) => {
      const el = document.querySelector<HTMLSelectElement>(sel)
      if (!el) return null
      const options = [...el.options].map((o) => o.value)
      const next = options[(options.indexOf(el.value) + 1) % options.length] ?? ''
      const t0 = performance.now()
      const committed = new Promise<number | null>((resolve) => {
        const mo = new MutationObserver(() => {
          mo.disconnect()
          resolve(performance.now() - t0)
        })
        mo.observe(document.querySelector('main')!, {
          attributes: true,
          childList: true,
          subtree: true,
          characterData: true,
        })
        setTimeout(() => {
          mo.disconnect()
          resolve(null)
        }, 5000)
      })
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(el, next)
      el.dispatchEvent(new Event('change', { bubbles: true }))
      const at = await committed
      if (at === null) return null
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      return { commit: at, frame: performance.now() - t0 }
    }, selector)
    if (t) {
      commit.push(t.commit)
      frame.push(t.frame)
    }
    // Layer changes navigate between pages: wait for the new view before the next change.
    await page.waitForLoadState('networkidle')
  }
  await context.close()
  return { commit, frame }
}
