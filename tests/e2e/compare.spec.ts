import { expect, test, watchConsole } from './helpers'

test('/compare?deals=washington-accords,us-ukraine-minerals-deal opened cold shows both deals’ columns', async ({
  page,
}) => {
  const errors = watchConsole(page)
  await page.goto('/compare?deals=washington-accords,us-ukraine-minerals-deal')
  const heads = page.getByTestId('compare-heads')
  await expect(heads.getByRole('heading', { level: 3 })).toHaveText(['Washington Accords', 'US–Ukraine minerals deal'])
  await expect(page.locator('h1')).toHaveText('Washington Accords · US–Ukraine minerals deal')
  // The provisions line up by term, each linked to its anchor on its deal's page.
  const minerals = page.getByTestId('compare-terms').locator('.cmp-term').filter({ hasText: 'Minerals' }).first()
  await expect(minerals.locator('a[href="/deals/us-ukraine-minerals-deal#provision-1"]')).toBeVisible()
  await expect(minerals.locator('a[href="/deals/washington-accords#provision-3"]')).toBeVisible()
  expect(errors).toEqual([])
})

test('"Add to compare" on two deal pages builds the comparison of both, and the chooser changes it', async ({
  page,
}) => {
  await page.goto('/deals/washington-accords')
  await page.getByTestId('add-to-compare').click()
  await expect(page).toHaveURL(/\/compare\?deals=washington-accords$/)
  await expect(page.getByTestId('compare-heads').getByRole('heading', { level: 3 })).toHaveText(['Washington Accords'])
  await page.goto('/deals/us-ukraine-minerals-deal')
  await page.getByTestId('add-to-compare').click()
  await expect(page).toHaveURL(/deals=washington-accords,us-ukraine-minerals-deal$/)
  await expect(page.getByTestId('compare-heads').getByRole('heading', { level: 3 })).toHaveCount(2)
  const form = page.getByTestId('choose-conflicts')
  await form.getByLabel('Conflict 1').selectOption('drc-rwanda')
  await form.getByLabel('Conflict 2').selectOption('kosovo-serbia')
  await form.getByRole('button', { name: 'Compare' }).click()
  await expect(page).toHaveURL(/\/compare\?conflicts=drc-rwanda,kosovo-serbia$/)
  await expect(page.getByTestId('comparison')).toHaveAttribute('data-kind', 'conflicts')
  await page.goBack()
  await expect(page.getByTestId('comparison')).toHaveAttribute('data-kind', 'deals')
})
