import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, tabTo, test, watchConsole } from './helpers'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The rules whose outcome depends on the colour scheme: the rest need one scan only. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

/** `within`: scan only that part (a state opened on a page whose whole was scanned already). */
async function scan(page: Page, only: 'all' | 'colour' = 'all', within?: string) {
  // Only violations are asked for: axe then skips the detail of what passes.
  const runOnly =
    only === 'all' ? { type: 'tag' as const, values: TAGS } : { type: 'rule' as const, values: COLOUR_RULES }
  // The atlas's pages hold no frames, so axe runs in the page itself: the default mode
  // opens a second page to merge the results of every frame, which costs more than the scan.
  // The first scan of a document injects axe; the next ones run the copy already there (an empty source).
  const injected = await page.evaluate(() => 'axe' in window)
  const builder = new AxeBuilder({ page, ...(injected ? { axeSource: ';' } : {}) })
    .setLegacyMode(true)
    .options({ runOnly, resultTypes: ['violations'] })
  const r = await (within ? builder.include(within) : builder).analyze()
  return r.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  )
}

const PAGES = [
  '/',
  '/map/cobalt?sites=1',
  '/conflicts',
  '/scorecard',
  '/conflicts/drc-rwanda',
  '/deals/us-drc-strategic-partnership#provision-2',
  '/provisions?term=corridor',
  '/compare?deals=washington-accords,us-ukraine-minerals-deal',
  '/timeline',
  '/minerals',
  '/minerals/cobalt',
  '/data',
  '/about',
  '/whats-new',
  '/search?q=cobalt',
  '/no-such-page',
  '/embed/map/cobalt',
  '/embed/deals/washington-accords',
]

/**
 * Scans the page as it is, then its colours again in the other scheme (the page
 * follows the reader's): the other rules do not depend on the scheme.
 */
async function scanBothSchemes(page: Page, within?: string) {
  const light = await scan(page, 'all', within)
  await page.emulateMedia({ colorScheme: 'dark' })
  const dark = await scan(page, 'colour', within)
  await page.emulateMedia({ colorScheme: 'light' })
  return { light, dark }
}

// The pages in three tests that run side by side, each page a step that loads it as its own test would.
const GROUPS = 3
for (let g = 0; g < GROUPS; g++) {
  const paths = PAGES.filter((_, i) => i % GROUPS === g)
  test(`${paths.join(', ')}: each loads with no console error and no request to another origin, and has no WCAG 2.2 A/AA violations in light and dark`, async ({
    page,
    baseURL,
  }) => {
    // Two scans of a large page each: slow on a loaded machine.
    test.setTimeout(paths.length * 30_000)
    for (const path of paths)
      await test.step(path, async () => {
        const errors = watchConsole(page)
        const foreign: string[] = []
        page.on('request', (r) => {
          if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url())
        })
        await page.emulateMedia({ colorScheme: 'light' })
        await page.goto(path)
        await expect(page.locator('h1').first()).toBeVisible()
        await page.waitForLoadState('networkidle')
        expect(errors).toEqual([])
        expect(foreign).toEqual([])
        expect(await scanBothSchemes(page)).toEqual({ light: [], dark: [] })
      })
  })
}

// The states below open on pages scanned whole above: each scan covers what the state adds.
test('the open search and a map tooltip have no violations, in light and dark', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('combobox', { name: 'Search the atlas' }).fill('cobalt')
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible()
  expect(await scanBothSchemes(page, '.search')).toEqual({ light: [], dark: [] })
  await page.keyboard.press('Escape')
  await page.locator('.marker[data-conflict-id="drc-rwanda"]').focus()
  await expect(page.locator('.tooltip')).toBeVisible()
  expect(await scanBothSchemes(page, '.tooltip')).toEqual({ light: [], dark: [] })
})

test('at 390 px: search results, a conflict page with the menu open, and the home page with the map’s preview card open have no violations, in light and dark', async ({
  page,
}) => {
  test.setTimeout(150_000)
  await page.setViewportSize({ width: 390, height: 844 })

  await test.step('search results', async () => {
    await page.goto('/search?q=zelensky')
    await page.waitForLoadState('networkidle')
    expect(await scanBothSchemes(page)).toEqual({ light: [], dark: [] })
  })

  await test.step('a conflict page with the menu open', async () => {
    await page.goto('/conflicts/drc-rwanda')
    await page.locator('.site-header').getByText('Menu', { exact: true }).click()
    await page.waitForLoadState('networkidle')
    expect(await scanBothSchemes(page, '.site-header')).toEqual({ light: [], dark: [] })
  })

  await test.step('the home page with the map’s preview card open', async () => {
    await page.goto('/?region=africa')
    await page.locator('.marker[data-conflict-id="drc-rwanda"]').click()
    await expect(page.getByTestId('map-preview')).toBeVisible()
    expect(await scanBothSchemes(page)).toEqual({ light: [], dark: [] })
  })
})

test('a keyboard-only walk: skip link, search, a conflict, one of its deals, a provision, and back', async ({
  page,
}) => {
  // About 170 key presses, each a round trip to the browser: slow on a loaded machine.
  test.setTimeout(60_000)
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()

  // The search, from anywhere, with "/".
  await page.keyboard.press('/')
  const box = page.getByRole('combobox', { name: 'Search the atlas' })
  await expect(box).toBeFocused()
  await page.keyboard.type('DRC Rwanda conflict')
  await expect(page.getByRole('option').first()).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/conflicts\/drc-rwanda$/)

  // A deal of the conflict, by tabbing to its link; the focus ring is visible on the way.
  await tabTo(page, '[data-testid="conflict-deals"] a[href="/deals/us-drc-strategic-partnership"]', 200)
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/deals\/us-drc-strategic-partnership$/)

  // A provision, by its anchor link.
  await tabTo(page, 'a.provision__anchor[href="#provision-3"]', 200)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#provision-3$/)
  await expect(page.locator('#provision-3')).toHaveAttribute('aria-current', 'true')

  // And back.
  await page.goBack()
  await page.goBack()
  await expect(page).toHaveURL(/\/conflicts\/drc-rwanda$/)
})

/** The scroll calls the page makes, recorded from before its scripts run. */
async function scrollRequests(page: Page, reducedMotion: 'reduce' | 'no-preference'): Promise<string[]> {
  await page.emulateMedia({ reducedMotion })
  await page.addInitScript(() => {
    const w = window as unknown as { __scrolls: string[] }
    w.__scrolls = []
    const original = Element.prototype.scrollIntoView
    Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
      w.__scrolls.push(`${this.id}:${typeof arg === 'object' ? (arg.behavior ?? 'auto') : 'auto'}`)
      original.call(this, arg)
    }
    const scrollTo = window.scrollTo.bind(window)
    window.scrollTo = ((...args: Parameters<typeof window.scrollTo>) => {
      w.__scrolls.push('window')
      scrollTo(...args)
    }) as typeof window.scrollTo
  })
  await page.goto('/deals/us-drc-strategic-partnership#provision-4')
  await expect(page.locator('#provision-4')).toBeInViewport()
  return page.evaluate(() => (window as unknown as { __scrolls: string[] }).__scrolls)
}

for (const motion of ['reduce', 'no-preference'] as const)
  test(`a cold provision link is scrolled to by the browser alone, with motion preference "${motion}"`, async ({
    page,
  }) => {
    // The browser's own jump to the id is the only scroll: the atlas makes none, smooth or not.
    expect(await scrollRequests(page, motion)).toEqual([])
  })
