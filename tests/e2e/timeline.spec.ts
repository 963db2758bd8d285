import { data, expect, tabTo, test } from './helpers'

test('the timeline’s filters change the URL and Back restores them; a filtered URL opened cold shows the filtered view; the type filter for the second half of 2025 finds the minerals deals, and an older single-type link still works', async ({
  page,
}) => {
  test.slow()
  const list = page.getByTestId('timeline-list')

  await test.step('the filters change the URL and Back restores them', async () => {
    await page.goto('/timeline')
    const total = await list.locator('li').count()
    await page.getByTestId('resource-select').selectOption('cobalt')
    await expect(page).toHaveURL(/resource=cobalt/)
    await expect(list.locator('li')).not.toHaveCount(total)
    const filtered = await list.locator('li').count()
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(total)
    await page.locator('label.chip-toggle', { hasText: 'DRC–Rwanda' }).click()
    await expect(page).toHaveURL(/conflict=drc-rwanda/)
    await page.goBack()
    await expect(page).not.toHaveURL(/conflict=/)
    await page.goBack()
    await expect(page).toHaveURL(/\/timeline$/)
    await expect(list.locator('li')).toHaveCount(total)
  })

  await test.step('a filtered timeline URL opened cold shows the filtered view', async () => {
    await page.goto('/timeline?conflict=cambodia-thailand&events=0')
    const expected = data.agreements.filter((a) => a.conflict === 'cambodia-thailand' && a.kind === 'agreement').length
    await expect(list.locator('li')).toHaveCount(expected)
    await expect(page.locator('.timeline .mark')).toHaveCount(expected)
    await expect(page.getByRole('checkbox', { name: 'Cambodia–Thailand' })).toBeChecked()
  })

  await test.step('the map lists the newest minerals-diplomacy deals and links to all of them on the timeline', async () => {
    const diplomacy = data.diplomacy
    await page.goto('/')
    await expect(page.getByTestId('diplomacy-deals').locator('li')).toHaveCount(Math.min(12, diplomacy.length))
    await page.getByRole('link', { name: `All ${diplomacy.length} deals and events of the minerals diplomacy` }).click()
    await expect(page).toHaveURL(/\/timeline\?conflict=minerals-diplomacy$/)
    await expect(page.getByRole('checkbox', { name: 'Minerals diplomacy' })).toBeChecked()
    await page.getByRole('button', { name: 'All, from 2020' }).click()
    await expect(list.locator('li')).toHaveCount(diplomacy.length)
  })

  await test.step('the type filter for the second half of 2025, and an older single-type link', async () => {
    await page.goto('/timeline')
    await page.getByRole('button', { name: 'Second half 2025' }).click()
    await page.getByRole('checkbox', { name: 'Minerals, economic or trade deal' }).check()
    await expect(page).toHaveURL(/from=2025-07&to=2025-12/)
    await expect(page).toHaveURL(/group=economic/)
    // The minerals-for-access agreements are typed memorandum, strategic partnership or trade deal.
    for (const id of ['us-thailand-critical-minerals-mou', 'us-drc-strategic-partnership', 'us-pakistan-trade-deal'])
      await expect(list.locator(`[data-item-id="${id}"]`)).toBeVisible()
    await expect(list.locator('li', { hasText: 'Ceasefire ·' })).toHaveCount(0)
    // A second group adds to the first.
    await page.getByRole('checkbox', { name: 'Ceasefire' }).check()
    await expect(list.locator('li', { hasText: 'Ceasefire ·' }).first()).toBeVisible()
    await expect(list.locator('[data-item-id="us-thailand-critical-minerals-mou"]')).toBeVisible()
    // The key to the status band names every status.
    await expect(page.getByTestId('status-band-key')).toContainText('Fighting continues')

    await page.goto('/timeline?type=mou&from=2025-07&to=2025-12')
    await expect(list.locator('[data-item-id="us-thailand-critical-minerals-mou"]')).toBeVisible()
    await expect(list.locator('[data-item-id="us-pakistan-trade-deal"]')).toHaveCount(0)
    await expect(page.getByRole('checkbox', { name: 'Minerals, economic or trade deal' })).toHaveJSProperty(
      'indeterminate',
      true,
    )
  })
})

test('the keyboard alone opens a deal from the timeline chart and from its list; Tab after the arrow keys leaves the chart, and the tooltip stays whole in view', async ({
  page,
}) => {
  test.slow()
  await test.step('a deal from the chart', async () => {
    await page.goto('/timeline')
    await tabTo(page, '.timeline .mark')
    await page.keyboard.press('ArrowRight')
    const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.itemId)
    expect(id).toBeTruthy()
    await expect(page.locator('.timeline-frame .tooltip')).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/deals/${id}$`))
  })

  await test.step('a deal from the list', async () => {
    await page.goto('/timeline')
    await tabTo(page, '[data-testid="timeline-list"] a')
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'))
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`${href}$`))
  })

  await test.step('Tab after the arrow keys leaves the chart, and the tooltip stays whole in view', async () => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto('/timeline')
    await tabTo(page, '.timeline .mark')
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
    const tooltip = page.locator('.timeline-frame .tooltip')
    await expect(tooltip).toBeVisible()
    // Not clipped: no ancestor that clips its overflow (the chart's scroller) cuts into the tooltip.
    const clippedBy = await tooltip.evaluate((t) => {
      const r = t.getBoundingClientRect()
      for (let a = t.parentElement; a; a = a.parentElement) {
        if (getComputedStyle(a).overflow === 'visible') continue
        const b = a.getBoundingClientRect()
        if (r.left < b.left || r.right > b.right || r.top < b.top || r.bottom > b.bottom) return a.className
      }
      return null
    })
    expect(clippedBy).toBeNull()
    await page.keyboard.press('Tab')
    const after = await page.evaluate(() => !!document.activeElement?.closest('.timeline'))
    expect(after).toBe(false)
    // Shift+Tab returns to the mark the reader left, not the first.
    await page.keyboard.press('Shift+Tab')
    const back = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.itemId)
    const first = await page
      .locator('.timeline .mark')
      .evaluateAll((ms) => (ms as HTMLElement[]).map((m) => m.dataset.itemId))
    expect(back).toBeTruthy()
    expect(back).not.toBe(first[0])
  })
})

test('an item of the timeline opens the map on its date, and the map leads back to that month', async ({ page }) => {
  await page.goto('/timeline')
  const item = page.getByTestId('timeline-list').locator('[data-item-id="kuala-lumpur-peace-accord"]')
  await item.getByRole('link', { name: /map then/ }).click()
  await expect(page).toHaveURL(/\/\?date=2025-10-26$/)
  await expect(page.getByTestId('date-value')).toHaveText('26 October 2025')
  await page.getByTestId('date-timeline').click()
  await expect(page).toHaveURL(/\/timeline\?from=2025-10&to=2025-10$/)
  await expect(page.getByTestId('timeline-list').locator('[data-item-id="kuala-lumpur-peace-accord"]')).toBeVisible()
})
