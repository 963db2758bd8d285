import { readFileSync } from 'node:fs'
import { expect, test as base, type Page } from '@playwright/test'

/**
 * Playwright's `test`, with `page.goto` waiting until the app is interactive: pages
 * arrive prerendered and readable, and the scripts load after the first paint.
 */
export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    const goto = page.goto.bind(page)
    page.goto = async (url, options) => {
      const response = await goto(url, options)
      if (javaScriptEnabled) await page.waitForSelector('html[data-ready]', { state: 'attached' })
      return response
    }
    await use(page)
  },
})
export { expect }

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

/** Presses Tab until the focused element matches `selector` (at most `max` times). */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

/** Text as React writes it into HTML. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')
