import { data, expect, test } from './helpers'

/** The fill of each country shape, by ISO code, as drawn. */
const fills = (page: import('@playwright/test').Page) =>
  page.$$eval('.world-map path[data-iso3]', (ps) =>
    Object.fromEntries(ps.map((p) => [p.getAttribute('data-iso3'), getComputedStyle(p).fill])),
  )

test("an embedded map and deal show what their pages show, without the site around them; every deal's oEmbed answer parses and frames its embed", async ({
  page,
  request,
}) => {
  test.slow()
  await test.step('an embedded map shows what its page shows', async () => {
    await page.goto('/map/cobalt')
    const onPage = await fills(page)
    await page.goto('/embed/map/cobalt')
    await expect(page.locator('.site-header, nav[aria-label="Main"], .site-footer')).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Cobalt reserves')
    expect(await fills(page)).toEqual(onPage)
    await expect(page.getByRole('link', { name: /Open in the atlas/ })).toHaveAttribute('href', '/map/cobalt')
  })

  await test.step('an embedded deal shows what its page shows; the page links its oEmbed answer', async () => {
    await page.goto('/deals/washington-accords')
    const status = await page.getByTestId('deal-status').innerText()
    const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href')
    expect(href).toMatch(/\/oembed\/deals\/washington-accords\.json$/)
    await page.goto('/embed/deals/washington-accords')
    await expect(page.locator('.site-header, nav[aria-label="Main"]')).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Washington Accords')
    await expect(page.getByTestId('deal-status')).toHaveText(status)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/deals\/washington-accords$/)
  })

  await test.step("every deal's oEmbed answer parses and frames its embed, which alone may be framed", async () => {
    for (const deal of data.agreements) {
      const r = await request.get(`/oembed/deals/${deal.id}.json`)
      expect(r.ok(), deal.id).toBe(true)
      const o = (await r.json()) as { type: string; version: string; html: string }
      expect(o.version).toBe('1.0')
      expect(o.html).toMatch(new RegExp(`<iframe src="[^"]*/embed/deals/${deal.id}"`))
    }
    const embed = await request.get('/embed/deals/washington-accords')
    expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *')
    const page2 = await request.get('/deals/washington-accords')
    expect(page2.headers()['x-frame-options']).toBe('DENY')
  })
})

test('on a phone, every name on the DRC–Rwanda locator lies whole inside the map, embedded or on its page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  for (const path of ['/embed/conflicts/drc-rwanda', '/conflicts/drc-rwanda']) {
    await page.goto(path)
    const map = page.locator('.locator svg')
    await map.scrollIntoViewIfNeeded()
    await expect(map.locator('text', { hasText: 'Rwanda' }).first()).toBeVisible()
    const outside = await map.evaluate((svg) => {
      const r = svg.getBoundingClientRect()
      return [...svg.querySelectorAll('text')]
        .filter((t) => {
          const b = t.getBoundingClientRect()
          return b.left < r.left || b.right > r.right || b.top < r.top || b.bottom > r.bottom
        })
        .map((t) => t.textContent)
    })
    expect(outside, path).toEqual([])
  }
})
