import { expect, expectNoHorizontalScroll, test, watchConsole } from './helpers'

test('mineral pages: cobalt shows the DRC as top reserve holder, the deals and the USGS citation, and its measure toggle lives in the URL; the index sorts by a column into the URL; an unknown mineral gets suggestions; a page fits a phone', async ({
  page,
}) => {
  test.slow()
  await test.step('the cobalt page shows the DRC as top reserve holder, the deals and the USGS citation', async () => {
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

  // The page as it opened: the step above only read it.
  await test.step('the measure toggle on a mineral page lives in the URL', async () => {
    await page.locator('.segmented label', { hasText: 'Production' }).click()
    await expect(page).toHaveURL(/measure=production/)
    await expect(page.getByTestId('leader')).toContainText('Largest producer')
    await page.goBack()
    await expect(page.getByTestId('leader')).toContainText('Largest reserve holder')
  })

  await test.step('the minerals index sorts by a column and keeps the order in the URL', async () => {
    await page.goto('/minerals')
    await page.getByRole('button', { name: /Production HHI/ }).click()
    await expect(page).toHaveURL(/sort=hhi&dir=desc/)
    const hhis = await page.locator('[data-testid="minerals-table"] tbody tr td:nth-child(5)').allTextContents()
    const nums = hhis.map((t) => Number(t.replace(/,/g, ''))).filter((n) => !Number.isNaN(n))
    expect(nums).toEqual([...nums].sort((a, b) => b - a))
  })

  await test.step('an unknown mineral shows the not-found page with suggestions', async () => {
    await page.goto('/minerals/cobalts')
    await expect(page.getByTestId('not-found')).toBeVisible()
    await expect(page.locator('.suggestions a[href="/minerals/cobalt"]')).toBeVisible()
  })

  await test.step('mineral pages fit a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/minerals/cobalt')
    await expectNoHorizontalScroll(page)
  })
})
