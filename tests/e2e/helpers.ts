import { readFileSync } from 'node:fs'
import { expect, test as base, type Page } from '@playwright/test'

/**
 * Playwright's `test`, with `page.goto` waiting until the app is interactive: pages
 * arrive prerendered and readable, and the scripts load after the first paint.
 *
 * A worker's tests share one page (`reuseContext` in playwright.config.ts): between tests
 * Playwright opens about:blank, moves the pointer off the page and clears the cache, cookies,
 * storage, routes and init scripts. The rest of what a test leaves is undone here: its event
 * listeners and the permissions it granted.
 */
export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    const goto = (page as ReadyPage).gotoAsLoaded ?? page.goto.bind(page)
    ;(page as ReadyPage).gotoAsLoaded = goto
    page.goto = async (url, options) => {
      const response = await goto(url, options)
      if (javaScriptEnabled) await page.waitForSelector('html[data-ready]', { state: 'attached' })
      return response
    }
    const emitter = page as unknown as Emitter
    const added: Array<[string, Listener]> = []
    const on = emitter.on
    emitter.on = (event, listener) => {
      added.push([event, listener])
      return on.call(page, event, listener)
    }
    await use(page)
    emitter.on = on
    for (const [event, listener] of added) emitter.off(event, listener)
    await page.context().clearPermissions()
  },
})
/** A page whose `goto` waits for the app; `gotoAsLoaded` is Playwright's own, kept for the next test on the page. */
type ReadyPage = Page & { gotoAsLoaded?: Page['goto'] }
type Listener = (arg: never) => void
type Emitter = { on(event: string, listener: Listener): unknown; off(event: string, listener: Listener): unknown }
export { expect }

/** The page shell's one inline script (index.html), which the Content-Security-Policy allows by hash. */
export const SHELL_SCRIPT = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('index.html', 'utf8'))![1]!

/** The dataset as the tests know it, read from data/ (never from the app). */
export const data = {
  conflicts: JSON.parse(readFileSync('data/conflicts.json', 'utf8')) as Array<{
    id: string
    name: string
    parties: Array<{ actor: string; role: string }>
  }>,
  actors: JSON.parse(readFileSync('data/actors.json', 'utf8')) as Array<{ id: string; iso3?: string; kind: string }>,
  agreements: JSON.parse(readFileSync('data/agreements.json', 'utf8')) as Array<{
    id: string
    title: string
    commonName?: string
    kind: string
    conflict: string
    provisions: Array<{ n: number }>
  }>,
  /** The deals and events of the wider minerals diplomacy. */
  diplomacy: JSON.parse(readFileSync('data/agreements-minerals-diplomacy.json', 'utf8')) as Array<{ id: string }>,
}

/** Fails the test on any console error or uncaught exception. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    // A page the server answers with 404 (an unknown address), or the data file of such an address, is meant to.
    if (/status of 404/.test(m.text()) && (m.location().url === page.url() || m.location().url.endsWith('.data.json')))
      return
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`)
  })
  return errors
}

export async function expectNoHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }))
  expect(scroll).toBeLessThanOrEqual(client)
}

/**
 * Presses Tab until the focused element matches `selector` (at most `max` times). The focus is
 * checked after every ten presses, not after each: a press that comes once the target has the
 * focus is held back before the page sees it, so the focus stays there.
 */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  await page.evaluate((s) => {
    let pressed = false
    let held = false
    const hold = (e: KeyboardEvent) => {
      if (e.key !== 'Tab') return
      if (e.type === 'keydown') held = pressed && !!document.activeElement?.matches(s)
      pressed = true
      if (!held) return
      e.preventDefault()
      e.stopImmediatePropagation()
    }
    const w = window as unknown as { __releaseTab?: () => void }
    w.__releaseTab = () => {
      removeEventListener('keydown', hold, true)
      removeEventListener('keyup', hold, true)
    }
    addEventListener('keydown', hold, true)
    addEventListener('keyup', hold, true)
  }, selector)
  try {
    for (let i = 0; i < max; i += 10) {
      for (let j = i; j < Math.min(i + 10, max); j++) await page.keyboard.press('Tab')
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    }
    throw new Error(`Tab never reached ${selector}`)
  } finally {
    await page.evaluate(() => (window as unknown as { __releaseTab?: () => void }).__releaseTab?.())
  }
}

/** Text as React writes it into HTML. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')
