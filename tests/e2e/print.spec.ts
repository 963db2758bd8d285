import { expect, test } from './helpers'

test('printed, a conflict page keeps its cards whole, prints its bars, link addresses and closed sections', async ({
  page,
}) => {
  await page.goto('/conflicts/drc-rwanda')
  const details = page.locator('main details')
  await expect(details.first()).not.toHaveAttribute('open')
  await page.emulateMedia({ media: 'print' })
  await expect(details.first()).toHaveAttribute('open')
  for (const card of ['.stake-card', '.assessment', '.status-step']) {
    const el = page.locator(card).first()
    await expect(el).toHaveCSS('break-inside', 'avoid')
  }
  await expect(page.locator('html')).toHaveCSS('print-color-adjust', 'exact')
  const after = await page
    .locator('main a[href^="https://"]')
    .first()
    .evaluate((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content }))
  expect(after.after).toBe(`" (${after.href})"`)
  await page.emulateMedia({ media: 'screen' })
  await expect(details.first()).not.toHaveAttribute('open')
})
