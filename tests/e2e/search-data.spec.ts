import { expect, test } from './helpers'
import { csvParseRows } from 'd3-dsv'

// The search itself: search.spec.ts.
test('every download on the data page returns a file that parses, and each page links its own JSON endpoint, which parses', async ({
  page,
  request,
}) => {
  test.slow()
  await test.step('every download on the data page', async () => {
    await page.goto('/data')
    const links = await page
      .getByTestId('downloads')
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
    expect(links.length).toBeGreaterThan(10)
    for (const href of links) {
      const res = await request.get(href)
      expect(res.status(), href).toBe(200)
      const body = await res.text()
      if (href.endsWith('.csv')) expect(csvParseRows(body).length, href).toBeGreaterThan(1)
      else expect(() => JSON.parse(body), href).not.toThrow()
    }
    await expect(page.getByTestId('changelog').locator('> li')).not.toHaveCount(0)
  })

  await test.step('a page’s own JSON endpoint', async () => {
    await page.goto('/conflicts/drc-rwanda')
    const href = await page.getByRole('link', { name: 'Data for this page (JSON)' }).getAttribute('href')
    const json = await (await request.get(href!)).json()
    expect(json.conflict.id).toBe('drc-rwanda')
  })
})
