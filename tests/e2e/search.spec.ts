import { expect, test } from './helpers'

test('the header search: typing "cobalt" finds the mineral, the DRC conflict and the deals, and ends with All results, which Enter opens; a provision result opens its deal at the provision; "/" opens it from the keyboard alone', async ({
  page,
}) => {
  test.slow()
  const box = page.getByRole('combobox', { name: 'Search the atlas' })

  await test.step('typing "cobalt" finds the mineral, the DRC conflict and the deals that mention it, then All results', async () => {
    await page.goto('/')
    await box.fill('cobalt')
    const panel = page.getByRole('listbox', { name: 'Search results' })
    await expect(
      panel.getByRole('group', { name: 'Minerals and resources' }).getByRole('option', { name: /Cobalt/ }),
    ).toBeVisible()
    await expect(panel.getByRole('group', { name: 'Conflicts' }).getByRole('option', { name: /Rwanda/ })).toBeVisible()
    await expect(panel.getByRole('group', { name: 'Deals and events' }).getByRole('option').first()).toBeVisible()
    // The list ends with All results, and Enter with nothing highlighted opens them.
    await expect(panel.getByRole('option').last()).toHaveText('All results for “cobalt”')
    await box.press('Enter')
    await expect(page).toHaveURL(/\/search\?q=cobalt$/)
    await expect(page.getByRole('heading', { name: 'Minerals and resources' })).toBeVisible()
  })

  await test.step('a provision result opens its deal at the provision', async () => {
    await page.goto('/')
    await box.fill('right of first offer')
    const option = page.getByRole('group', { name: 'Provisions' }).getByRole('option').first()
    await option.click()
    await expect(page).toHaveURL(/\/deals\/[a-z0-9-]+#provision-\d+$/)
    await expect(page.locator('.provision[aria-current="true"]')).toHaveCount(1)
    await expect(page.locator('.provision[aria-current="true"]')).toBeInViewport()
  })

  await test.step('the keyboard alone opens search with "/" and picks a result', async () => {
    await page.goto('/timeline')
    await page.locator('body').press('/')
    await expect(box).toBeFocused()
    await page.keyboard.type('lithium')
    await expect(page.getByRole('option').first()).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/minerals\/lithium$/)
  })
})

test('the search page finds people by their roles and deals by what they trade, and folds case and diacritics: "vucic" finds Vučić and "ERDOGAN" finds Erdoğan', async ({
  page,
}) => {
  test.slow()
  await test.step('people by their roles, deals by what they trade', async () => {
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

  await test.step('case and diacritics folded', async () => {
    await page.goto('/search?q=vucic')
    await expect(page.locator('.search-results a').first()).toHaveText('Aleksandar Vučić')
    await page.goto('/search?q=ERDOGAN')
    await expect(page.locator('.search-results a').first()).toContainText('Erdoğan')
  })
})
