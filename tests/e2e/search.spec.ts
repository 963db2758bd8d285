import { expect, test } from './helpers'

test('search finds people by their roles and deals by what they trade', async ({ page }) => {
  await page.goto('/search?q=Zelensky')
  const group = (name: string) => page.locator('section', { has: page.getByRole('heading', { name }) })
  for (const to of ['/deals/us-ukraine-minerals-deal', '/deals/us-28-point-plan'])
    await expect(group('Deals and events').locator(`a[href="${to}"]`)).toBeVisible()
  await expect(group('Conflicts').locator('a[href="/conflicts/russia-ukraine"]')).toBeVisible()
  await page.goto('/search?q=rare%20earths')
  await expect(page.locator('.search-results a').first()).toHaveText('Rare earths')
  for (const to of ['/deals/us-thailand-critical-minerals-mou', '/deals/us-ukraine-minerals-deal'])
    await expect(group('Deals and events').locator(`a[href="${to}"]`)).toBeVisible()
})

test('the header search ends with All results, and Enter with nothing highlighted opens them', async ({ page }) => {
  await page.goto('/')
  const box = page.getByRole('combobox', { name: 'Search the atlas' })
  await box.fill('cobalt')
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
  await expect(options.last()).toHaveText('All results for “cobalt”')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=cobalt$/)
  await expect(page.getByRole('heading', { name: 'Minerals and resources' })).toBeVisible()
})
