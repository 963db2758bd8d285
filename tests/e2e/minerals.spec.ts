import { expect, expectNoHorizontalScroll, test, watchConsole } from './helpers'

test('the cobalt page shows the DRC as top reserve holder, the deals and the USGS citation', async ({ page }) => {
  const errors = watchConsole(page)
  await page.goto('/minerals/cobalt')
  await expect(page.locator('h1')).toHaveText('Cobalt')
  await expect(page.getByTestId('leader')).toContainText(/Congo.*50%/)
  await expect(page.getByTestId('ranked').locator('li').first()).toContainText('Congo')
  const deals = page.getByTestId('mineral-deals')
  await expect(deals.locator('a[href="/deals/washington-accords"]')).toBeVisible()
  await expect(deals.locator('a[href="/deals/us-drc-strategic-partnership"]')).toBeVisible()
  await expect(page.getByTestId('usgs-citation')).toContainText('Mineral Commodity Summaries 2026')
  await expect(page.getByTestId('usgs-citation').locator('a')).toHaveAttribute('href', /mcs2026-cobalt\.pdf$/)
  expect(errors).toEqual([])
})

test('the measure toggle on a mineral page lives in the URL', async ({ page }) => {
  await page.goto('/minerals/cobalt')
  await page.locator('.segmented label', { hasText: 'Production' }).click()
  await expect(page).toHaveURL(/measure=production/)
  await expect(page.getByTestId('leader')).toContainText('Largest producer')
  await page.goBack()
  await expect(page.getByTestId('leader')).toContainText('Largest reserve holder')
})

test('the minerals index sorts by a column and keeps the order in the URL', async ({ page }) => {
  await page.goto('/minerals')
  await page.getByRole('button', { name: /Production HHI/ }).click()
  await expect(page).toHaveURL(/sort=hhi&dir=desc/)
  const hhis = await page.locator('[data-testid="minerals-table"] tbody tr td:nth-child(5)').allTextContents()
  const nums = hhis.map((t) => Number(t.replace(/,/g, ''))).filter((n) => !Number.isNaN(n))
  expect(nums).toEqual([...nums].sort((a, b) => b - a))
})

test('an unknown mineral shows the not-found page with suggestions', async ({ page }) => {
  await page.goto('/minerals/cobalts')
  await expect(page.getByTestId('not-found')).toBeVisible()
  await expect(page.locator('.suggestions a[href="/minerals/cobalt"]')).toBeVisible()
})

test('mineral pages fit a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/minerals/cobalt')
  await expectNoHorizontalScroll(page)
})
