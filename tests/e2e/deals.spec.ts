import { readFileSync } from 'node:fs'
import { data, escapeHtml, expect, tabTo, test, watchConsole } from './helpers'

const withProvisions =
  data.agreements.find((a) => a.id === 'us-drc-strategic-partnership') ??
  data.agreements.find((a) => a.provisions.length >= 2)!

test('a deal URL with a provision anchor opens cold at that provision, highlighted, and stays there', async ({
  page,
}) => {
  const errors = watchConsole(page)
  await page.goto(`/deals/${withProvisions.id}#provision-2`)
  const p2 = page.locator('#provision-2')
  await expect(p2).toBeInViewport()
  expect(await p2.evaluate((el) => el.matches(':target'))).toBe(true)
  await expect(p2).toHaveAttribute('aria-current', 'true')
  await expect(page.locator('.provision[aria-current="true"]')).toHaveCount(1)
  await expect(page.getByTestId('copy-link')).toContainText('provision 2')
  // The browser's own scroll to the id is the only one: nothing moves the page after load.
  const y = await page.evaluate(() => window.scrollY)
  await page.waitForTimeout(800)
  expect(await page.evaluate(() => window.scrollY)).toBe(y)
  expect(errors).toEqual([])
})

test('"Copy link" puts the canonical URL on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`/deals/${withProvisions.id}#provision-1`)
  await page.getByTestId('copy-link').click()
  await expect(page.locator('.share__status')).toHaveText('Link copied')
  const text = await page.evaluate(() => navigator.clipboard.readText())
  expect(text).toMatch(new RegExp(`^https?://[^/]+/deals/${withProvisions.id}#provision-1$`))
})

test('an unknown provision anchor shows the deal with a polite notice and nothing highlighted', async ({ page }) => {
  const errors = watchConsole(page)
  await page.goto(`/deals/${withProvisions.id}#provision-999`)
  await expect(page.locator('h1')).toBeVisible()
  await expect(page.getByTestId('unknown-provision')).toContainText('no provision 999')
  await expect(page.locator('.provision[aria-current="true"]')).toHaveCount(0)
  expect(errors).toEqual([])
})

test('an unknown deal id shows the not-found page with suggestions', async ({ page }) => {
  await page.goto('/deals/washington-accord')
  await expect(page.getByTestId('not-found')).toBeVisible()
  await expect(page.locator('.suggestions a[href="/deals/washington-accords"]')).toBeVisible()
})

test('every deal page is prerendered with its title and sources, and one opens cold in the browser', async ({
  page,
}) => {
  for (const a of data.agreements) {
    const html = readFileSync(`dist/deals/${a.id}.html`, 'utf8')
    expect(html, a.id).toContain(`>${escapeHtml(a.commonName ?? a.title)}</h1>`)
    expect(html, a.id).toMatch(/class="source-list"[\s\S]*?<li/)
  }
  const last = data.agreements[data.agreements.length - 1]!
  await page.goto(`/deals/${last.id}`)
  await expect(page.locator('h1')).toHaveText(last.commonName ?? last.title)
  await expect(page.locator('.source-list li').first()).toBeVisible()
})

test('the timeline’s filters change the URL and Back restores them', async ({ page }) => {
  await page.goto('/timeline')
  const total = await page.getByTestId('timeline-list').locator('li').count()
  await page.getByTestId('resource-select').selectOption('cobalt')
  await expect(page).toHaveURL(/resource=cobalt/)
  await expect(page.getByTestId('timeline-list').locator('li')).not.toHaveCount(total)
  const filtered = await page.getByTestId('timeline-list').locator('li').count()
  expect(filtered).toBeGreaterThan(0)
  expect(filtered).toBeLessThan(total)
  await page.locator('label.chip-toggle', { hasText: 'DRC–Rwanda' }).click()
  await expect(page).toHaveURL(/conflict=drc-rwanda/)
  await page.goBack()
  await expect(page).not.toHaveURL(/conflict=/)
  await page.goBack()
  await expect(page).toHaveURL(/\/timeline$/)
  await expect(page.getByTestId('timeline-list').locator('li')).toHaveCount(total)
})

test('a filtered timeline URL opened cold shows the filtered view', async ({ page }) => {
  await page.goto('/timeline?conflict=cambodia-thailand&events=0')
  const items = page.getByTestId('timeline-list').locator('li')
  const expected = data.agreements.filter((a) => a.conflict === 'cambodia-thailand' && a.kind === 'agreement').length
  await expect(items).toHaveCount(expected)
  await expect(page.locator('.timeline .mark')).toHaveCount(expected)
  await expect(page.getByRole('checkbox', { name: 'Cambodia–Thailand' })).toBeChecked()
})

test('the keyboard alone opens a deal from the timeline chart', async ({ page }) => {
  await page.goto('/timeline')
  await tabTo(page, '.timeline .mark')
  await page.keyboard.press('ArrowRight')
  const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.itemId)
  expect(id).toBeTruthy()
  await expect(page.locator('.timeline-frame .tooltip')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/deals/${id}$`))
})

test('the keyboard alone opens a deal from the timeline list', async ({ page }) => {
  await page.goto('/timeline')
  await tabTo(page, '[data-testid="timeline-list"] a')
  const href = await page.evaluate(() => document.activeElement?.getAttribute('href'))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${href}$`))
})
