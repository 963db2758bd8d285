import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { data, expect, expectNoHorizontalScroll, tabTo, test, watchConsole } from './helpers'

const stakes = JSON.parse(readFileSync('data/stakes.json', 'utf8')) as Array<{ conflict: string; resource: string }>

/** The country is painted in the colour the legend shows beside `label`. */
async function expectLegendColour(page: Page, iso3: string, label: string) {
  const swatch = page.locator('.map-legend li', { hasText: label }).locator('.swatch')
  const expected = await swatch.evaluate((el) => getComputedStyle(el).backgroundColor)
  await expect(page.locator(`path.country[data-iso3="${iso3}"]`)).toHaveCSS('fill', expected)
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

// That the prerendered map has every country and marker, before any script, is in prerender.spec.ts.
test('on the home map every party state of the conflicts, and no other, is a link to its conflicts', async ({
  page,
}) => {
  const errors = watchConsole(page)
  await page.goto('/')
  const links = page.locator('svg.world-map path.country[role="link"]')
  await expect(links).toHaveCount(partyIsos.length)
  for (const iso of partyIsos) {
    await expect(page.locator(`path.country[data-iso3="${iso}"]`), iso).toHaveAttribute('role', 'link')
    await expect(page.locator(`path.country[data-iso3="${iso}"]`), iso).toHaveAttribute('aria-label', /.+/)
  }
  await expect(page.locator('path.country[data-iso3="XKX"]')).toHaveCount(1)
  await expect(page.getByTestId('map-caption')).toContainText(`${data.conflicts.length} conflicts`)
  expect(errors).toEqual([])
})

test('choosing a mineral updates the URL, the legend and the shading; Back restores the view', async ({ page }) => {
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

test('an old view URL with the layer in the query opened cold lands on the layer’s page with the same view', async ({
  page,
}) => {
  await page.goto('/?mineral=cobalt&status=active-conflict')
  await expect(page).toHaveURL(/\/map\/cobalt\?status=active-conflict$/)
  await expect(page.getByTestId('layer-select')).toHaveValue('cobalt')
  await expectLegendColour(page, 'COD', '30% or more')
  const shown = await page.locator('.list-panel .conflict-card').count()
  expect(shown).toBeGreaterThan(0)
  expect(shown).toBeLessThan(data.conflicts.length)
})

test('bad query values fall back to the default view without an error', async ({ page }) => {
  const errors = watchConsole(page)
  await page.goto('/?mineral=kryptonite&measure=%E0%A4&zk=NaN&status=<script>alert(1)</script>')
  await expect(page.getByTestId('layer-select')).toHaveValue('')
  await expect(page.locator('.list-panel .conflict-card')).toHaveCount(data.conflicts.length)
  expect(errors).toEqual([])
})

test('filtering by a resource narrows the list and the map together', async ({ page }) => {
  await page.goto('/')
  await page.locator('summary', { hasText: 'Filter conflicts' }).click()
  await page.getByTestId('resource-filter').selectOption('cobalt')
  await expect(page).toHaveURL(/resource=cobalt/)
  const withCobalt = new Set(stakes.filter((s) => s.resource === 'cobalt').map((s) => s.conflict))
  await expect(page.locator('.list-panel .conflict-card')).toHaveCount(withCobalt.size)
  await expect(page.locator('svg.world-map .marker')).toHaveCount(withCobalt.size)
  await expect(page.locator('.list-panel .conflict-card[data-conflict-id="drc-rwanda"]')).toBeVisible()
})

test('the keyboard alone reaches a conflict marker and opens it', async ({ page }) => {
  await page.goto('/')
  await tabTo(page, '.marker[data-conflict-id]')
  const id = await page.evaluate(() => document.activeElement?.getAttribute('data-conflict-id'))
  await expect(page.locator('.tooltip')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/conflicts/${id}$`))
  await expect(page.locator('h1')).toBeVisible()
})

test('find a country zooms to it and highlights it', async ({ page }) => {
  await page.goto('/')
  await page.locator('.country-find input').fill('Rwanda')
  await page.getByRole('button', { name: 'Find' }).click()
  await expect(page).toHaveURL(/country=RWA/)
  await expect(page).toHaveURL(/zk=/)
  await expect(page.locator('path.country[data-iso3="RWA"]')).toHaveClass(/country--highlighted/)
})

test('the zoom buttons zoom and reset', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect(page).toHaveURL(/zk=1\.5/)
  await page.getByRole('button', { name: 'Reset zoom' }).click()
  await expect(page).not.toHaveURL(/zk=/)
})

test('the phone layout has no horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/?mineral=cobalt&sites=1')
  await expect(page.locator('svg.world-map path.country')).toHaveCount(177)
  await expectNoHorizontalScroll(page)
})

test('pointing at a conflict in the list lights up its marker on the map', async ({ page }) => {
  await page.goto('/')
  const marker = page.locator('.marker[data-conflict-id="cambodia-thailand"]')
  await expect(marker).not.toHaveClass(/marker--selected/)
  await page.locator('.list-panel .conflict-card[data-conflict-id="cambodia-thailand"]').hover()
  await expect(marker).toHaveClass(/marker--selected/)
  await page.locator('h1').hover()
  await expect(marker).not.toHaveClass(/marker--selected/)
})
