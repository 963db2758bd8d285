import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { data, expect, expectNoHorizontalScroll, tabTo, test, watchConsole } from './helpers'

const stakes = JSON.parse(readFileSync('data/stakes.json', 'utf8')) as Array<{ conflict: string; resource: string }>

/** The country is painted in the colour the legend shows beside `label`. */
async function expectLegendColour(page: Page, iso3: string, label: string) {
  const swatch = page.locator('.map-legend li', { hasText: label }).locator('.swatch')
  const country = page.locator(`path.country[data-iso3="${iso3}"]`)
  // Both colours are read again until they agree: the legend may be re-rendered while the page settles.
  await expect(async () => {
    const expected = await swatch.evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(expected, `the swatch for "${label}" has a colour`).not.toBe('')
    await expect(country).toHaveCSS('fill', expected, { timeout: 500 })
  }).toPass()
}

/** Drags the map from its middle 120 px left and 40 px up, once the zoom behaviour is loaded. */
async function dragTheMap(page: Page) {
  const map = page.locator('svg.world-map')
  await map.scrollIntoViewIfNeeded()
  const box = (await map.boundingBox())!
  const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  // The reader's first move over the page loads the zoom behaviour: the drag that follows pans.
  await page.mouse.move(mid.x, mid.y)
  await expect(map).toHaveAttribute('data-zoom', 'on')
  await page.mouse.down()
  await page.mouse.move(mid.x - 120, mid.y - 40, { steps: 6 })
  await page.mouse.up()
}

const partyIsos = [
  ...new Set(
    data.conflicts.flatMap((c) =>
      c.parties
        .filter((p) => p.role === 'belligerent' || p.role === 'backer')
        .map((p) => data.actors.find((a) => a.id === p.actor)?.iso3)
        .filter((x): x is string => !!x),
    ),
  ),
]

const mediatorIsos = [
  ...new Set(
    data.conflicts.flatMap((c) =>
      c.parties
        .filter((p) => p.role === 'mediator')
        .map((p) => data.actors.find((a) => a.id === p.actor)?.iso3)
        .filter((x): x is string => !!x),
    ),
  ),
]

// That the prerendered map has every country and marker, before any script, is in prerender.spec.ts.
test('the home map, opened once: the zoom buttons zoom and reset; every party and mediator state, and no other, opens a preview, named by its roles; pointing at a conflict in the list lights up its marker; a resource filter narrows the list and the map together', async ({
  page,
}) => {
  test.slow()
  const errors = watchConsole(page)
  await page.goto('/')

  // First, as a reader's first move may be: the click on a zoom button is what loads the zoom behaviour.
  await test.step('the zoom buttons zoom and reset', async () => {
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await expect(page).toHaveURL(/zk=1\.5/)
    await page.getByRole('button', { name: 'Reset zoom' }).click()
    await expect(page).not.toHaveURL(/zk=/)
  })

  // The steps from here on read the map as it opened, until the last filters it.
  await test.step('every party and mediator state, and no other, opens a preview, named by its roles', async () => {
    const items = page.locator('svg.world-map path.country[role="button"]')
    await expect(items).toHaveCount(new Set([...partyIsos, ...mediatorIsos]).size)
    for (const iso of partyIsos)
      await expect(page.locator(`path.country[data-iso3="${iso}"]`), iso).toHaveAttribute('aria-label', /.+/)
    // The United States: a belligerent in one conflict, a mediator in the others; both said, and drawn apart (stripes).
    const usa = page.locator('path.country[data-iso3="USA"]')
    await expect(usa).toHaveAttribute('aria-label', /belligerent in Israel–Iran \(Ceasefire\); mediator in /)
    await expect(usa).toHaveAttribute('fill', 'url(#stripes-ceasefire)')
    await expect(page.locator('path.country[data-iso3="XKX"]')).toHaveCount(1)
    await expect(page.getByTestId('map-caption')).toContainText(`${data.conflicts.length} conflicts`)
    expect(errors).toEqual([])
  })

  await test.step('pointing at a conflict in the list lights up its marker on the map', async () => {
    const marker = page.locator('.marker[data-conflict-id="cambodia-thailand"]')
    await expect(marker).not.toHaveClass(/marker--selected/)
    await page.locator('.list-panel .conflict-card[data-conflict-id="cambodia-thailand"]').hover()
    await expect(marker).toHaveClass(/marker--selected/)
    await page.locator('h1').hover()
    await expect(marker).not.toHaveClass(/marker--selected/)
  })

  await test.step('filtering by a resource narrows the list and the map together', async () => {
    await page.locator('summary', { hasText: 'Filter conflicts' }).click()
    await page.getByTestId('resource-filter').selectOption('cobalt')
    await expect(page).toHaveURL(/resource=cobalt/)
    const withCobalt = new Set(stakes.filter((s) => s.resource === 'cobalt').map((s) => s.conflict))
    await expect(page.locator('.list-panel .conflict-card')).toHaveCount(withCobalt.size)
    await expect(page.locator('svg.world-map .marker')).toHaveCount(withCobalt.size)
    await expect(page.locator('.list-panel .conflict-card[data-conflict-id="drc-rwanda"]')).toBeVisible()
  })
})

test('at 1280×800 the legend is in view with the map, with every status the filters offer and the mediator; a click opens the preview card beside the map; the phone layout has no horizontal scroll', async ({
  page,
}) => {
  test.slow()
  await test.step('at 1280×800 the legend is in view with the map, with every status the filters offer and the mediator', async () => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto('/')
    const legend = page.getByRole('group', { name: 'Map legend' })
    await expect(legend).toBeInViewport({ ratio: 1 })
    await expect(page.locator('svg.world-map')).toBeInViewport({ ratio: 0.5 })
    await page.locator('summary', { hasText: 'Filter conflicts' }).click()
    const offered = await page.locator('.filters fieldset.chips').first().locator('label').allInnerTexts()
    expect(offered).toContain('Deal suspended')
    for (const status of offered) await expect(legend, status).toContainText(status.trim())
    await expect(legend).toContainText('Mediator')
  })

  await test.step('a click opens the preview card beside the map, with the status, the claim, the latest deal and the minerals', async () => {
    await page.goto('/')
    await page.locator('.marker[data-conflict-id="drc-rwanda"]').click()
    const card = page.getByTestId('map-preview')
    await expect(card).toContainText('as of')
    await expect(card).toContainText('White House')
    await expect(card).toContainText('Latest deal:')
    await expect(card).toContainText('Cobalt')
    await expect(page).toHaveURL(/\/$/)
    await expect(page.locator('svg.world-map')).toBeInViewport({ ratio: 0.5 })
    await card.getByRole('link', { name: /Open the page/ }).click()
    await expect(page).toHaveURL(/\/conflicts\/drc-rwanda$/)
  })

  await test.step('the phone layout has no horizontal scroll', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/?mineral=cobalt&sites=1')
    await expect(page.locator('svg.world-map path.country')).toHaveCount(177)
    await expectNoHorizontalScroll(page)
  })
})

test('the view lives in the URL: a mineral layer and Back; an old view URL opened cold; bad values fall back; the region presets; dragging and Ctrl with the wheel; find a country', async ({
  page,
}) => {
  test.slow()
  await test.step('choosing a mineral updates the URL, the legend and the shading; Back restores the view', async () => {
    await page.goto('/')
    const drc = page.locator('path.country[data-iso3="COD"]')
    const before = await drc.getAttribute('fill')
    await page.getByTestId('layer-select').selectOption('cobalt')
    // A layer is a page of its own: /map/cobalt (reserves), /map/cobalt/production.
    await expect(page).toHaveURL(/\/map\/cobalt$/)
    await expect(page.locator('.map-legend')).toContainText('Cobalt')
    // The DRC holds about half the world's cobalt reserves: it takes the legend's top class.
    await expectLegendColour(page, 'COD', '30% or more')
    await expect(page.getByTestId('map-caption')).toContainText('showing cobalt reserves')
    await page.locator('.segmented label', { hasText: 'Production' }).click()
    await expect(page).toHaveURL(/\/map\/cobalt\/production$/)
    await page.goBack()
    await expect(page).toHaveURL(/\/map\/cobalt$/)
    await page.goBack()
    await expect(page).toHaveURL(/\/$/)
    await expect(drc).toHaveAttribute('fill', before ?? '')
    await expect(page.locator('.map-legend')).not.toContainText('Cobalt')
  })

  await test.step('an old view URL with the layer in the query opened cold lands on the layer’s page with the same view', async () => {
    await page.goto('/?mineral=cobalt&status=active-conflict')
    await expect(page).toHaveURL(/\/map\/cobalt\?status=active-conflict$/)
    await expect(page.getByTestId('layer-select')).toHaveValue('cobalt')
    await expectLegendColour(page, 'COD', '30% or more')
    const shown = await page.locator('.list-panel .conflict-card').count()
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(data.conflicts.length)
  })

  await test.step('bad query values fall back to the default view without an error', async () => {
    const errors = watchConsole(page)
    await page.goto('/?mineral=kryptonite&measure=%E0%A4&zk=NaN&status=<script>alert(1)</script>')
    await expect(page.getByTestId('layer-select')).toHaveValue('')
    await expect(page.locator('.list-panel .conflict-card')).toHaveCount(data.conflicts.length)
    expect(errors).toEqual([])
  })

  await test.step('the region presets are in the URL, open cold and go back to the world', async () => {
    await page.goto('/?region=middle-east')
    const presets = page.getByRole('group', { name: 'Show a region' })
    await expect(presets.getByRole('button', { name: 'Middle East' })).toHaveAttribute('aria-pressed', 'true')
    const scale = () =>
      page
        .locator('svg.world-map > g')
        .evaluate((g) => Number(/scale\(([\d.]+)\)/.exec(g.getAttribute('transform') ?? '')?.[1] ?? 1))
    expect(await scale()).toBeGreaterThan(2)
    await presets.getByRole('button', { name: 'Africa' }).click()
    await expect(page).toHaveURL(/\?region=africa$/)
    await presets.getByRole('button', { name: 'World' }).click()
    await expect(page).toHaveURL(/\/$/)
    expect(await scale()).toBe(1)
    await page.goBack()
    await expect(page).toHaveURL(/\?region=africa$/)
  })

  await test.step('dragging the map pans it and Ctrl with the wheel zooms it; the URL keeps the view', async () => {
    await page.goto('/?zk=2&zx=-600&zy=-300')
    await dragTheMap(page)
    await expect(page).not.toHaveURL(/zx=-600&zy=-300/)
    await expect(page).toHaveURL(/zk=2&zx=-\d+&zy=-\d+$/)
    const panned = new URL(page.url()).searchParams.get('zx')
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, -300)
    await page.keyboard.up('Control')
    await expect(page).not.toHaveURL(/zk=2&/)
    // A gesture replaces the history entry (it is continuous input): the zoomed view is what a reload opens.
    const zoomed = page.url()
    expect(zoomed).not.toContain(`zx=${panned}`)
    await page.reload()
    await expect(page).toHaveURL(zoomed)
    const k = Number(new URL(zoomed).searchParams.get('zk'))
    await expect(page.locator('svg.world-map > g')).toHaveAttribute('transform', new RegExp(`scale\\(${k}\\)$`))
  })

  await test.step('a wheel zoom straight after a drag is kept: the drag’s view, back from the URL, does not undo it', async () => {
    await page.goto('/?zk=2&zx=-600&zy=-300')
    await dragTheMap(page)
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, -300)
    await page.keyboard.up('Control')
    await expect(page).toHaveURL(/zk=(?!2&)[\d.]+&zx=-\d+&zy=-\d+$/)
    const zoomed = new URL(page.url()).searchParams
    // The map shows the view the URL keeps, to the URL's precision (whole pixels, two decimals of the scale).
    const shown = await page
      .locator('svg.world-map > g')
      .evaluate((g) => (g.getAttribute('transform') ?? '').match(/-?[\d.]+/g)!.map(Number))
    expect(Math.abs(shown[0]! - Number(zoomed.get('zx')))).toBeLessThanOrEqual(1)
    expect(Math.abs(shown[1]! - Number(zoomed.get('zy')))).toBeLessThanOrEqual(1)
    expect(Math.abs(shown[2]! - Number(zoomed.get('zk')))).toBeLessThanOrEqual(0.01)
  })

  await test.step('find a country zooms to it; an ambiguous name offers a choice, a region its preset', async () => {
    await page.goto('/')
    const box = page.locator('.country-find input')
    await box.fill('Rwanda')
    await page.getByRole('button', { name: 'Find' }).click()
    await expect(page).toHaveURL(/country=RWA/)
    await expect(page).toHaveURL(/zk=/)
    await expect(page.locator('path.country[data-iso3="RWA"]')).toHaveClass(/country--highlighted/)
    await box.fill('Congo')
    await page.getByRole('button', { name: 'Find' }).click()
    await page.getByRole('button', { name: 'Dem. Rep. Congo', exact: true }).click()
    await expect(page).toHaveURL(/country=COD/)
    await box.fill('Atlantis')
    await page.getByRole('button', { name: 'Find' }).click()
    await expect(page.locator('.country-find')).toContainText('No country or region matches')
    await box.fill('Africa')
    await page.getByRole('button', { name: 'Find' }).click()
    await expect(page).toHaveURL(/\?region=africa$/)
  })
})

test('the map is one tab stop: arrows move in list order, Enter opens the preview, its link the page', async ({
  page,
}) => {
  await page.goto('/')
  await tabTo(page, '.marker[data-conflict-id]')
  const first = data.conflicts[0]!
  await expect(page.locator(':focus')).toHaveAttribute('data-conflict-id', first.id)
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', new RegExp(`^${first.name}: .+, as of `))
  // Only one item of the map is in the tab order.
  await expect(page.locator('svg.world-map [tabindex="0"]')).toHaveCount(1)
  // The next item is a party state of the first conflict, then on along the list.
  await page.keyboard.press('ArrowRight')
  await expect(page.locator(':focus')).toHaveAttribute('data-focus-key', /^country:/)
  await page.keyboard.press('End')
  await page.keyboard.press('Home')
  await expect(page.locator(':focus')).toHaveAttribute('data-conflict-id', first.id)
  await expect(page.locator('.tooltip')).toBeVisible()
  await page.keyboard.press('Enter')
  const card = page.getByTestId('map-preview')
  await expect(card).toContainText(first.name)
  await expect(page.locator('.map-preview__open').first()).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(card).toHaveCount(0)
  await expect(page.locator(':focus')).toHaveAttribute('data-conflict-id', first.id)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/conflicts/${first.id}$`))
  await expect(page.locator('h1')).toBeVisible()
})

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('on a slow connection nothing on the map’s panel moves as the page arrives', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    // A slow 4G connection: the page arrives over about a second, and the browser paints it as it comes.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 1.6e6 / 8,
      uploadThroughput: 0.75e6 / 8,
    })
    try {
      await page.goto('/', { waitUntil: 'commit' })
      await page.locator('.map-panel > .frame__footer').waitFor({ state: 'attached' })
      const shifts = await page.evaluate(
        () =>
          new Promise<Array<{ value: number; nodes: string[] }>>((resolve) => {
            const out: Array<{ value: number; nodes: string[] }> = []
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as unknown as Array<{
                value: number
                sources: Array<{ node?: Node | null }>
              }>)
                out.push({ value: e.value, nodes: e.sources.map((s) => (s.node as Element | null)?.className ?? '?') })
            }).observe({ type: 'layout-shift', buffered: true })
            setTimeout(() => resolve(out), 300)
          }),
      )
      const total = shifts.reduce((sum, s) => sum + s.value, 0)
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.01)
    } finally {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      })
      await cdp.detach()
    }
  })

  test('a tap opens the preview under the map, every marker is a 24 px target, a swipe scrolls the page', async ({
    page,
  }) => {
    await page.goto('/')
    const markers = page.locator('svg.world-map .marker')
    await expect(markers).toHaveCount(data.conflicts.length)
    // The spread settles once the map knows its size.
    await expect(async () => {
      const boxes = await markers.evaluateAll((els) =>
        els.map((e) => e.querySelector('.marker__hit')!.getBoundingClientRect()),
      )
      for (const b of boxes) expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(24)
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, c] = [boxes[i]!, boxes[j]!]
          const d = Math.hypot(a.x - c.x, a.y - c.y)
          expect(d, `markers ${i} and ${j} overlap`).toBeGreaterThanOrEqual(24)
        }
    }).toPass({ timeout: 5000 })

    // One finger over the map moves the page, not the map.
    await page.evaluate(() => document.querySelector('svg.world-map')!.scrollIntoView({ block: 'center' }))
    const box = (await page.locator('svg.world-map').boundingBox())!
    const before = await page.evaluate(() => window.scrollY)
    // A swipe's fling goes on after the finger lifts, and a tap during a fling only stops it (no click), as
    // on a phone: the reader taps once the page is still.
    await page.evaluate(() => {
      const w = window as unknown as { swipeSettled?: boolean }
      w.swipeSettled = false
      addEventListener('scrollend', () => (w.swipeSettled = true), { once: true })
    })
    const cdp = await page.context().newCDPSession(page)
    const [x, y] = [Math.round(box.x + box.width * 0.4), Math.round(box.y + box.height * 0.6)]
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
    for (let i = 1; i <= 8; i++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 15 }] })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 50)
    await expect(page).toHaveURL(/\/$/)
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { swipeSettled?: boolean }).swipeSettled))
      .toBe(true)

    await page.locator('.marker[data-conflict-id="cambodia-thailand"] .marker__hit').tap()
    const card = page.getByTestId('map-preview')
    await expect(card).toContainText('Cambodia')
    await expect(page).toHaveURL(/\/$/)
    await expect(card).toBeInViewport()
  })
})

test('the map on a date: parties shaded by their status then, only the deals signed by then, changes marked; play and arrows move it', async ({
  page,
}) => {
  const fill = (iso: string) => page.locator(`path.country[data-iso3="${iso}"]`).getAttribute('fill')
  // Fighting in July 2025, a ceasefire from 28 July.
  await page.goto('/?date=2025-07-01')
  const july = [await fill('KHM'), await fill('THA')]
  await page.goto('/?date=2025-08-15')
  const august = [await fill('KHM'), await fill('THA')]
  expect(july[0]).toBe(july[1])
  expect(august[0]).not.toBe(july[0])
  expect(august[1]).not.toBe(july[1])
  // Stepping over the ceasefire rings the conflict's marker and says so; the next step, with no change, does not.
  await page.goto('/?date=2025-07-01')
  await expect(page.getByTestId('date-ticks').locator('span')).not.toHaveCount(0)
  await page.getByTestId('date-slider').focus()
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/date=2025-08-01/)
  await expect(page.getByTestId('date-passed')).toHaveText(/Cambodia–Thailand: ceasefire from 28 July 2025/)
  await expect(
    page.locator('g.marker[data-conflict-id="cambodia-thailand"] [data-testid="marker-changed"]'),
  ).toHaveCount(1)
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('date-passed')).toHaveText('')
  await expect(page.getByTestId('marker-changed')).toHaveCount(0)
  // The Kuala Lumpur accord was signed in October 2025.
  await page.goto('/?date=2025-03-01')
  await expect(page.getByTestId('date-value')).toHaveText('1 March 2025')
  await expect(page.locator('.map-page__grid')).not.toContainText('Kuala Lumpur')
  const slider = page.getByTestId('date-slider')
  await slider.focus()
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/date=2025-04-01/)
  await page.getByTestId('date-play').click()
  await expect(page).toHaveURL(/date=2025-05-01/)
  await page.getByTestId('date-play').click()
  await slider.focus()
  await page.keyboard.press('End')
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByTestId('date-value')).toContainText('Latest')
  // A day before the data clamps, with a notice.
  await page.goto('/?date=1999-01-01')
  await expect(page.getByRole('status').filter({ hasText: 'start on' })).toBeVisible()
})
