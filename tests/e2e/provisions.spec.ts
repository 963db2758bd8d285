import { readFileSync } from 'node:fs'
import { csvParse } from 'd3-dsv'
import { expect, test, watchConsole } from './helpers'

type Deal = { id: string; provisions: Array<{ n: number; terms: string[] }> }
const deals: Deal[] = ['data/agreements.json', 'data/agreements-minerals-diplomacy.json'].flatMap(
  (f) => JSON.parse(readFileSync(f, 'utf8')) as Deal[],
)
const anchors = (pred: (p: Deal['provisions'][number]) => boolean) =>
  deals.flatMap((d) => d.provisions.filter(pred).map((p) => `/deals/${d.id}#provision-${p.n}`)).sort()

// Without JavaScript, /provisions lists every provision: see prerender.spec.ts.
test('a term chip on a deal page opens the browser filtered by that term, across deals, and Back returns; filters change the URL, a bad value falls back to any, and the filtered CSV parses', async ({
  page,
}) => {
  test.slow()
  await test.step('a term chip on a deal page', async () => {
    const errors = watchConsole(page)
    await page.goto('/deals/us-drc-strategic-partnership')
    await page.locator('#provision-2').getByRole('link', { name: 'Right of first offer' }).click()
    await expect(page).toHaveURL(/\/provisions\?term=right-of-first-offer$/)
    await expect(page.getByTestId('filter-term')).toHaveValue('right-of-first-offer')
    const hrefs = await page.locator('a.provision-list__n').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(hrefs.sort()).toEqual(anchors((p) => p.terms.includes('right-of-first-offer')))
    await page.goBack()
    await expect(page).toHaveURL(/\/deals\/us-drc-strategic-partnership$/)
    expect(errors).toEqual([])
  })

  await test.step('filters opened cold, changed, and downloaded', async () => {
    await page.goto('/provisions?term=corridor&status=no-such-status')
    await expect(page.getByTestId('filter-status')).toHaveValue('')
    await page.getByTestId('filter-status').selectOption('none')
    await expect(page).toHaveURL(/term=corridor&status=none$/)
    const shown = await page.locator('a.provision-list__n').count()
    expect(shown).toBeGreaterThan(0)
    const download = page.waitForEvent('download')
    await page.getByTestId('provisions-csv').click()
    const rows = csvParse(readFileSync(await (await download).path(), 'utf8'))
    expect(rows).toHaveLength(shown)
    expect(rows.every((r) => r.terms?.split('; ').includes('corridor') && r.implementation_status === 'none')).toBe(
      true,
    )
  })
})
