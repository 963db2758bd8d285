import { expect, test } from './helpers'
import { csvParseRows } from 'd3-dsv'

test('typing "cobalt" finds the mineral, the DRC conflict and the deals that mention it', async ({ page }) => {
  await page.goto('/')
  const box = page.getByRole('combobox', { name: 'Search the atlas' })
  await box.fill('cobalt')
  const panel = page.getByRole('listbox', { name: 'Search results' })
  await expect(
    panel.getByRole('group', { name: 'Minerals and resources' }).getByRole('option', { name: /Cobalt/ }),
  ).toBeVisible()
  await expect(panel.getByRole('group', { name: 'Conflicts' }).getByRole('option', { name: /Rwanda/ })).toBeVisible()
  await expect(panel.getByRole('group', { name: 'Deals and events' }).getByRole('option').first()).toBeVisible()
})

test('the keyboard alone opens search with "/" and picks a result', async ({ page }) => {
  await page.goto('/timeline')
  await page.locator('body').press('/')
  await expect(page.getByRole('combobox', { name: 'Search the atlas' })).toBeFocused()
  await page.keyboard.type('lithium')
  await expect(page.getByRole('option').first()).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/minerals\/lithium$/)
})

test('search folds case and diacritics: "vucic" finds Vučić and "ERDOGAN" finds Erdoğan', async ({ page }) => {
  await page.goto('/search?q=vucic')
  await expect(page.locator('.search-results a').first()).toHaveText('Aleksandar Vučić')
  await page.goto('/search?q=ERDOGAN')
  await expect(page.locator('.search-results a').first()).toContainText('Erdoğan')
})

test('a provision result opens its deal at the provision', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('combobox', { name: 'Search the atlas' }).fill('right of first offer')
  const option = page.getByRole('group', { name: 'Provisions' }).getByRole('option').first()
  await option.click()
  await expect(page).toHaveURL(/\/deals\/[a-z0-9-]+#provision-\d+$/)
  await expect(page.locator('.provision[aria-current="true"]')).toHaveCount(1)
  await expect(page.locator('.provision[aria-current="true"]')).toBeInViewport()
})

test('every download on the data page returns a file that parses', async ({ page, request }) => {
  await page.goto('/data')
  const links = await page
    .getByTestId('downloads')
    .locator('a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
  expect(links.length).toBeGreaterThan(10)
  for (const href of links) {
    const res = await request.get(href)
    expect(res.status(), href).toBe(200)
    const body = await res.text()
    if (href.endsWith('.csv')) expect(csvParseRows(body).length, href).toBeGreaterThan(1)
    else expect(() => JSON.parse(body), href).not.toThrow()
  }
  await expect(page.getByTestId('changelog').locator('> li')).not.toHaveCount(0)
})

test('each page links its own JSON endpoint, which parses', async ({ page, request }) => {
  await page.goto('/conflicts/drc-rwanda')
  const href = await page.getByRole('link', { name: 'Data for this page (JSON)' }).getAttribute('href')
  const json = await (await request.get(href!)).json()
  expect(json.conflict.id).toBe('drc-rwanda')
})
