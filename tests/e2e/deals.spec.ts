import { readFileSync } from 'node:fs'
import { data, escapeHtml, expect, test, watchConsole } from './helpers'

const withProvisions =
  data.agreements.find((a) => a.id === 'us-drc-strategic-partnership') ??
  data.agreements.find((a) => a.provisions.length >= 2)!
const last = data.agreements[data.agreements.length - 1]!

// Each step opens a page of another path than the step before: a change of the hash alone is no page load.
test('deal pages: a provision anchor opens cold at that provision and stays there; an unknown id or anchor is answered politely; every deal is prerendered; "Copy link" copies the canonical URL', async ({
  page,
  context,
}) => {
  test.slow()
  await test.step('a deal URL with a provision anchor opens cold at that provision, highlighted, and stays there', async () => {
    const errors = watchConsole(page)
    await page.goto(`/deals/${withProvisions.id}#provision-2`)
    const p2 = page.locator('#provision-2')
    await expect(p2).toBeInViewport()
    expect(await p2.evaluate((el) => el.matches(':target'))).toBe(true)
    await expect(p2).toHaveAttribute('aria-current', 'true')
    await expect(page.locator('.provision[aria-current="true"]')).toHaveCount(1)
    await expect(page.getByTestId('copy-link')).toContainText('provision 2')
    // The browser's own scroll to the id is the only one: nothing moves the page after load.
    const y = await page.evaluate(() => window.scrollY)
    await page.waitForTimeout(800)
    expect(await page.evaluate(() => window.scrollY)).toBe(y)
    expect(errors).toEqual([])
  })

  await test.step('an unknown deal id shows the not-found page with suggestions', async () => {
    await page.goto('/deals/washington-accord')
    await expect(page.getByTestId('not-found')).toBeVisible()
    await expect(page.locator('.suggestions a[href="/deals/washington-accords"]')).toBeVisible()
  })

  await test.step('an unknown provision anchor shows the deal with a polite notice and nothing highlighted', async () => {
    const errors = watchConsole(page)
    await page.goto(`/deals/${withProvisions.id}#provision-999`)
    await expect(page.locator('h1')).toBeVisible()
    await expect(page.getByTestId('unknown-provision')).toContainText('no provision 999')
    await expect(page.locator('.provision[aria-current="true"]')).toHaveCount(0)
    expect(errors).toEqual([])
  })

  await test.step('every deal page is prerendered with its title and sources, and one opens cold in the browser', async () => {
    for (const a of data.agreements) {
      const html = readFileSync(`dist/deals/${a.id}.html`, 'utf8')
      expect(html, a.id).toContain(`>${escapeHtml(a.commonName ?? a.title)}</h1>`)
      expect(html, a.id).toMatch(/class="source-list"[\s\S]*?<li/)
    }
    await page.goto(`/deals/${last.id}`)
    await expect(page.locator('h1')).toHaveText(last.commonName ?? last.title)
    await expect(page.locator('.source-list li').first()).toBeVisible()
  })

  await test.step('"Copy link" puts the canonical URL on the clipboard and says so', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(`/deals/${withProvisions.id}#provision-1`)
    await page.getByTestId('copy-link').click()
    await expect(page.locator('.share__status')).toHaveText('Link copied')
    const text = await page.evaluate(() => navigator.clipboard.readText())
    expect(text).toMatch(new RegExp(`^https?://[^/]+/deals/${withProvisions.id}#provision-1$`))
  })
})
