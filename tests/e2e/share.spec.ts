import { expect, test } from './helpers'

test('a deal page cites itself in BibTeX and RIS from its Share menu, and says so in its head', async ({ page }) => {
  await page.goto('/deals/washington-accords')
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', 'Washington Accords')
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(ld['@type']).toBe('WebPage')
  const cite = page.locator('.cite-block')
  await cite.getByTestId('share-menu').click()
  await cite.getByRole('button', { name: 'Cite…' }).click()
  await cite.getByRole('radio', { name: 'BibTeX' }).check()
  const text = page.getByRole('textbox', { name: 'Citation' })
  await expect(text).toHaveValue(/^@misc\{mineralpeaceatlas\d{4}washingtonaccords,/)
  await expect(text).toHaveValue(/url = \{https:\/\/[^}]+\/deals\/washington-accords\}/)
  await cite.getByRole('radio', { name: 'RIS' }).check()
  await expect(text).toHaveValue(/^TY {2}- ELEC\r?\n/)
  // The menu opens and closes from the keyboard.
  await cite.getByTestId('share-menu').focus()
  await page.keyboard.press('Enter')
  await expect(cite.getByRole('button', { name: 'Copy link to this view' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(cite.getByRole('button', { name: 'Copy link to this view' })).toBeHidden()
  await expect(cite.getByTestId('share-menu')).toBeFocused()
})
