import { data, expect, expectNoHorizontalScroll, test, watchConsole } from './helpers'

/** The conflicts with no agreement signed in 2025. */
const WITHOUT_AGREEMENT = ['egypt-ethiopia', 'kosovo-serbia']

test('every conflict page opens cold with parties, status, deals, stakes and sources; one without a 2025 agreement says so plainly', async ({
  page,
}) => {
  test.slow()
  const errors = watchConsole(page)
  for (const c of data.conflicts)
    await test.step(c.id, async () => {
      await page.goto(`/conflicts/${c.id}`)
      await expect(page.locator('h1')).toHaveText(c.name)
      await expect(page).toHaveTitle(new RegExp(c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      await expect(page.getByTestId('parties-belligerent').locator('li').first()).toBeVisible()
      await expect(page.getByTestId('conflict-status')).toContainText(/as of (\d{1,2} )?[A-Z][a-z]+ \d{4}/)
      await expect(page.getByTestId('conflict-deals').locator('li').first()).toBeVisible()
      await expect(page.getByTestId('stakes')).toBeVisible()
      await expect(page.locator('.source-list li').first()).toBeVisible()
      await expect(page.locator('.locator svg')).toBeVisible()
      if (WITHOUT_AGREEMENT.includes(c.id)) await expect(page.getByTestId('no-agreement')).toContainText('No agreement')
      expect(errors).toEqual([])
    })
})

test('the DRC–Rwanda page lists its agreements in date order, linked to their pages; previous and next links walk through the conflicts; the page fits a phone', async ({
  page,
}) => {
  test.slow()
  await test.step('its agreements in date order, linked', async () => {
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

  await test.step('previous and next links', async () => {
    await page.goto(`/conflicts/${data.conflicts[0]!.id}`)
    await page.locator('.pager a[rel="next"]').click()
    await expect(page).toHaveURL(new RegExp(`/conflicts/${data.conflicts[1]!.id}$`))
  })

  await test.step('on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/conflicts/drc-rwanda')
    await expect(page.locator('.locator svg')).toBeVisible()
    await expectNoHorizontalScroll(page)
  })
})

test('an unknown conflict id shows the not-found page with the closest conflicts, an unknown URL a helpful 404', async ({
  page,
}) => {
  test.slow()
  const errors = watchConsole(page)
  await test.step('an unknown conflict id', async () => {
    const res = await page.goto('/conflicts/drc-rwnda')
    expect(res?.status()).toBeLessThan(500)
    await expect(page.getByTestId('not-found')).toBeVisible()
    await expect(page.getByRole('link', { name: /Rwanda/ }).first()).toHaveAttribute('href', '/conflicts/drc-rwanda')
    expect(errors).toEqual([])
  })

  await test.step('an unknown URL', async () => {
    await page.goto('/no/such/page')
    await expect(page.getByTestId('not-found')).toContainText('/no/such/page')
    await expect(page.getByRole('link', { name: 'The world map' })).toBeVisible()
  })
})
