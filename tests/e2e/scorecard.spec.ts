import { readFileSync } from 'node:fs'
import { csvParse } from 'd3-dsv'
import { expect, test } from './helpers'

const conflicts = JSON.parse(readFileSync('data/conflicts.json', 'utf8')) as Array<{
  id: string
  whiteHouseClaim: { counted: boolean }
}>
const order = (page: import('@playwright/test').Page) =>
  page
    .locator('[data-testid="scorecard"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-conflict-id')))

// Without JavaScript, the scorecard lists every conflict: see prerender.spec.ts.
test('the scorecard advertises the feed, which parses; a sort goes to the URL and Back undoes it; a filtered view opened cold downloads its rows as CSV', async ({
  page,
  request,
}) => {
  test.slow()
  await page.goto('/scorecard')

  await test.step('/feed.xml parses as Atom, every entry dated and linked, and pages advertise it', async () => {
    const xml = await (await request.get('/feed.xml')).text()
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      /\/feed\.xml$/,
    )
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml')
      const NS = 'http://www.w3.org/2005/Atom'
      const entries = [...doc.getElementsByTagNameNS(NS, 'entry')]
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        entries: entries.map((e) => ({
          updated: e.getElementsByTagNameNS(NS, 'updated')[0]?.textContent ?? '',
          href: e.getElementsByTagNameNS(NS, 'link')[0]?.getAttribute('href') ?? '',
          kind: e.getElementsByTagNameNS(NS, 'category')[0]?.getAttribute('term') ?? '',
        })),
      }
    }, xml)
    expect(feed.errors).toBe(0)
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed')
    expect(new Set(feed.entries.map((e) => e.kind))).toEqual(new Set(['release', 'correction', 'status', 'deal']))
    for (const e of feed.entries) {
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/)
      expect(e.href).toMatch(/^https?:\/\/[^/]+\//)
    }
    const json = (await (await request.get('/feed.json')).json()) as { items: unknown[] }
    expect(json.items).toHaveLength(feed.entries.length)
  })

  // Reading the feed changed nothing on the page: the sort starts from the page as it opened.
  await test.step('sorting by a column reorders the rows and goes to the URL; Back undoes it', async () => {
    const before = await order(page)
    await page.getByRole('link', { name: /^Status now/ }).click()
    await expect(page).toHaveURL(/\/scorecard\?sort=now$/)
    await expect(page.locator('th[data-sort="now"]')).toHaveAttribute('aria-sort', 'ascending')
    const byStatus = await order(page)
    expect(byStatus).not.toEqual(before)
    expect([...byStatus].sort()).toEqual([...before].sort())
    await page.getByRole('link', { name: /^Status now/ }).click()
    await expect(page).toHaveURL(/sort=now&dir=desc$/)
    await expect(page.locator('th[data-sort="now"]')).toHaveAttribute('aria-sort', 'descending')
    expect(await order(page)).not.toEqual(byStatus)
    await page.goBack()
    await page.goBack()
    await expect(page).toHaveURL(/\/scorecard$/)
    await expect(page.locator('th[data-sort="now"]')).toHaveAttribute('aria-sort', 'none')
    await expect.poll(() => order(page)).toEqual(before)
  })

  await test.step('a filtered scorecard opened cold downloads the rows it shows, as CSV that parses', async () => {
    await page.goto('/scorecard?counted=yes&sort=fighting')
    const counted = conflicts.filter((c) => c.whiteHouseClaim.counted).length
    await expect(page.locator('[data-testid="scorecard"] tbody tr')).toHaveCount(counted)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scorecard-csv').click()])
    expect(download.suggestedFilename()).toBe('scorecard.csv')
    const rows = csvParse(readFileSync((await download.path())!, 'utf8'))
    expect(rows.map((r) => r.conflict_id)).toEqual(await order(page))
    expect(rows.every((r) => r.white_house_counts_as_ended === 'true')).toBe(true)
    expect(rows[0]!.page).toMatch(/^https?:\/\/.+\/conflicts\/[a-z-]+$/)
  })
})

test("a correction on a conflict page leads to it, shown openly, on the What's new page", async ({ page }) => {
  await page.goto('/conflicts/israel-iran')
  const box = page.getByTestId('record-changes')
  await expect(box).toContainText('last change on record')
  await box.getByRole('link', { name: /^Correction, version/ }).click()
  await expect(page).toHaveURL(/\/whats-new#correction-/)
  const target = page.locator(`[data-testid="corrections"] li#${new URL(page.url()).hash.slice(1)}`)
  await expect(target).toBeInViewport()
  await expect(target).toContainText('Israel–Iran war began on 28 February 2026')
})
