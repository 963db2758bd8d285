import { expect, test } from './helpers'

test('on a phone, the Menu reaches every section, About included, and closes on the new page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/timeline')
  const header = page.locator('.site-header')
  await expect(header.getByRole('link', { name: 'About', exact: true })).toBeHidden()
  await header.getByText('Menu', { exact: true }).click()
  const about = header.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About', exact: true })
  await expect(about).toBeInViewport()
  await about.click()
  await expect(page).toHaveURL(/\/about$/)
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
})
