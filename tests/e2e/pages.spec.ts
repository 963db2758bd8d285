import { data, expect, expectNoHorizontalScroll, test, watchConsole } from './helpers'

for (const c of data.conflicts) {
  test(`the ${c.id} conflict page opens cold with parties, status, deals, stakes and sources`, async ({ page }) => {
    const errors = watchConsole(page)
    await page.goto(`/conflicts/${c.id}`)
    await expect(page.locator('h1')).toHaveText(c.name)
    await expect(page).toHaveTitle(new RegExp(c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    await expect(page.getByTestId('parties-belligerent').locator('li').first()).toBeVisible()
    await expect(page.getByTestId('conflict-status')).toContainText(/as of (\d{1,2} )?[A-Z][a-z]+ \d{4}/)
    await expect(page.getByTestId('conflict-deals').locator('li').first()).toBeVisible()
    await expect(page.getByTestId('stakes')).toBeVisible()
    await expect(page.locator('.source-list li').first()).toBeVisible()
    await expect(page.locator('.locator svg')).toBeVisible()
    expect(errors).toEqual([])
  })
}

test('the DRC–Rwanda page lists its agreements in date order, linked to their pages', async ({ page }) => {
  await page.goto('/conflicts/drc-rwanda')
  const deals = data.agreements.filter((a) => a.conflict === 'drc-rwanda')
  await expect(page.getByTestId('conflict-deals').locator('li')).toHaveCount(deals.length)
  const dates = await page
    .getByTestId('conflict-deals')
    .locator('time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''))
  expect(dates).toEqual([...dates].sort())
  await page.getByTestId('conflict-deals').getByRole('link', { name: 'Washington Accords' }).click()
  await expect(page).toHaveURL(/\/deals\/washington-accords$/)
})

test('conflicts without a 2025 agreement say so plainly', async ({ page }) => {
  for (const id of ['egypt-ethiopia', 'kosovo-serbia']) {
    await page.goto(`/conflicts/${id}`)
    await expect(page.getByTestId('no-agreement')).toContainText('No agreement')
  }
})

test('an unknown conflict id shows the not-found page with the closest conflicts', async ({ page }) => {
  const errors = watchConsole(page)
  const res = await page.goto('/conflicts/drc-rwnda')
  expect(res?.status()).toBeLessThan(500)
  await expect(page.getByTestId('not-found')).toBeVisible()
  await expect(page.getByRole('link', { name: /Rwanda/ }).first()).toHaveAttribute('href', '/conflicts/drc-rwanda')
  expect(errors).toEqual([])
})

test('an unknown URL shows a helpful 404', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByTestId('not-found')).toContainText('/no/such/page')
  await expect(page.getByRole('link', { name: 'The world map' })).toBeVisible()
})

test('previous and next links walk through the conflicts', async ({ page }) => {
  await page.goto(`/conflicts/${data.conflicts[0]!.id}`)
  await page.locator('.pager a[rel="next"]').click()
  await expect(page).toHaveURL(new RegExp(`/conflicts/${data.conflicts[1]!.id}$`))
})

test('conflict pages fit a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/conflicts/drc-rwanda')
  await expect(page.locator('.locator svg')).toBeVisible()
  await expectNoHorizontalScroll(page)
})
