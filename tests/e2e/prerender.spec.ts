import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { data, expect, SHELL_SCRIPT, test, watchConsole } from './helpers'

/** Every generated HTML file under dist/, with the path it serves. */
function htmlFiles(dir = 'dist'): Array<{ file: string; path: string }> {
  const out: Array<{ file: string; path: string }> = []
  for (const name of readdirSync(dir)) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) out.push(...htmlFiles(full))
    else if (name.endsWith('.html')) {
      const rel = '/' + relative('dist', full).replace(/\.html$/, '')
      out.push({ file: full, path: rel === '/index' ? '/' : rel })
    }
  }
  return out
}

/** The scorecard's rows as data/ has them. */
const scorecard = JSON.parse(readFileSync('data/conflicts.json', 'utf8')) as Array<{
  id: string
  name: string
  whiteHouseClaim: { counted: boolean; since?: string }
  statusHistory: Array<{ date: string; label: string }>
}>
const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })

/** Every provision's anchor, in every deal of both agreement files. */
const provisionAnchors = ['data/agreements.json', 'data/agreements-minerals-diplomacy.json']
  .flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as Array<{ id: string; provisions: Array<{ n: number }> }>)
  .flatMap((d) => d.provisions.map((p) => `/deals/${d.id}#provision-${p.n}`))
  .sort()

const meta = (html: string, attr: string, key: string) =>
  new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1]

test.describe('the prerendered site', () => {
  const pages = htmlFiles().filter((p) => p.path !== '/404')

  test('every route has its own HTML file: each conflict, deal and mineral, the static pages and 404.html', () => {
    const paths = new Set(pages.map((p) => p.path))
    for (const c of data.conflicts) expect(paths.has(`/conflicts/${c.id}`), c.id).toBe(true)
    for (const a of data.agreements) expect(paths.has(`/deals/${a.id}`), a.id).toBe(true)
    for (const p of ['/', '/conflicts', '/timeline', '/minerals', '/minerals/cobalt', '/data', '/about'])
      expect(paths.has(p), p).toBe(true)
    expect(existsSync('dist/404.html')).toBe(true)
    expect(readFileSync('dist/sitemap.xml', 'utf8')).toContain('/deals/washington-accords</loc>')
    expect(readFileSync('dist/robots.txt', 'utf8')).toContain('Sitemap:')
  })

  test('every page has a unique title, a description, a canonical URL, og:title and an og:image that exists', () => {
    const titles = new Map<string, string>()
    for (const p of pages) {
      const html = readFileSync(p.file, 'utf8')
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1]
      expect(title, p.path).toBeTruthy()
      expect(titles.get(title!), `${p.path} shares its title with ${titles.get(title!)}`).toBeUndefined()
      titles.set(title!, p.path)
      expect(meta(html, 'name', 'description')?.length ?? 0, p.path).toBeGreaterThan(20)
      // An embed's canonical page is the atlas page it shows.
      const canonical = p.path === '/embed/map' ? '/' : p.path.replace(/^\/embed\//, '/')
      expect(html, p.path).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${canonical}"`))
      expect(meta(html, 'property', 'og:title'), p.path).toBe(title)
      const image = meta(html, 'property', 'og:image')
      expect(image, p.path).toMatch(/\/og\/[a-z0-9-]+\.png$/)
      expect(existsSync(join('dist', new URL(image!).pathname)), image).toBe(true)
      expect(meta(html, 'name', 'twitter:card'), p.path).toBe('summary_large_image')
    }
  })

  test('every internal link in every page points to a page or file that exists', () => {
    const paths = new Set(pages.map((p) => p.path))
    const broken: string[] = []
    for (const p of pages) {
      const html = readFileSync(p.file, 'utf8')
      for (const [, href] of html.matchAll(/<a [^>]*href="(\/[^"#?]*)[^"]*"/g)) {
        const target = href!.replace(/\/$/, '') || '/'
        if (paths.has(target) || existsSync(join('dist', target))) continue
        broken.push(`${p.path} → ${href}`)
      }
    }
    expect(broken).toEqual([])
  })

  test('every page carries one inline script, the shell’s, which its Content-Security-Policy names by hash', () => {
    for (const p of pages) {
      const html = readFileSync(p.file, 'utf8')
      // Route data and JSON-LD travel as JSON blocks, which are data, not script.
      const inline = [
        ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
      ].map((m) => m[1]!)
      expect(inline, p.path).toEqual([SHELL_SCRIPT])
      expect(html, p.path).toContain(
        `script-src 'self' 'sha256-${createHash('sha256').update(SHELL_SCRIPT).digest('base64')}';`,
      )
    }
  })
})

// One test for every page read without scripts: a test with JavaScript off needs a browser context of its own.
test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  test('each kind of page reads fully: a deal, a conflict with its locator map, the home map, a mineral layer, the scorecard and the provisions', async ({
    page,
  }) => {
    test.slow()
    await test.step('a deal page: title, provisions and sources', async () => {
      await page.goto('/deals/us-drc-strategic-partnership')
      await expect(page.locator('h1')).toHaveText(/Strategic Partnership/)
      await expect(page).toHaveTitle(/Strategic Partnership/)
      await expect(page.getByTestId('provisions').locator('li').first()).toBeVisible()
      await expect(page.locator('.source-list li').first()).toBeVisible()
    })

    await test.step('a conflict page: parties, status, deals, sources, and its locator map, each country marked with its code', async () => {
      await page.goto('/conflicts/drc-rwanda')
      await expect(page.locator('h1')).toContainText('Rwanda')
      await expect(page.getByTestId('conflict-status')).toContainText('as of')
      await expect(page.getByTestId('conflict-deals').locator('li')).not.toHaveCount(0)
      await expect(page.locator('.source-list li')).not.toHaveCount(0)
      await expect(page.locator('figure.locator svg path[data-iso3="RWA"]')).toHaveCount(1)
      await expect(page.locator('figure.locator svg path[data-iso3="COD"]')).toHaveClass(/is-party/)
    })

    await test.step('the home page shows the map', async () => {
      await page.goto('/')
      await expect(page.locator('svg.world-map path.country')).toHaveCount(177)
      await expect(page.locator('svg.world-map .marker')).toHaveCount(data.conflicts.length)
    })

    await test.step('/map/cobalt shades the DRC as the largest holder', async () => {
      await page.goto('/map/cobalt')
      await expect(page).toHaveTitle(/Cobalt reserves/)
      await expect(page.getByTestId('map-caption')).toContainText('showing cobalt reserves')
      const top = page.locator('.map-legend li', { hasText: '30% or more' }).locator('.swatch')
      const colour = await top.evaluate((el) => getComputedStyle(el).backgroundColor)
      await expect(page.locator('path.country[data-iso3="COD"]')).toHaveCSS('fill', colour)
    })

    await test.step('the scorecard lists every conflict with the White House claim, its status now and the date', async () => {
      await page.goto('/scorecard')
      const rows = page.locator('[data-testid="scorecard"] tbody tr')
      await expect(rows).toHaveCount(data.conflicts.length)
      for (const c of scorecard) {
        const row = page.locator(`[data-testid="scorecard"] tr[data-conflict-id="${c.id}"]`)
        await expect(row.getByRole('rowheader')).toContainText(c.name)
        await expect(row.locator('[data-col="claim"]')).toContainText(
          c.whiteHouseClaim.counted ? 'Counted as ended' : 'Not counted',
        )
        if (c.whiteHouseClaim.since)
          await expect(row.locator('[data-col="claim"]')).toContainText(longDate(c.whiteHouseClaim.since))
        const now = c.statusHistory[c.statusHistory.length - 1]!
        await expect(row.locator('[data-col="now"]')).toContainText(`as of ${longDate(now.date)}`)
        await expect(row.locator('[data-col="now"]')).toContainText(now.label)
      }
    })

    await test.step('/provisions lists every provision of every deal, each linked to its anchor', async () => {
      await page.goto('/provisions')
      const links = page.getByTestId('provision-list').locator('a.provision-list__n')
      const hrefs = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).sort()
      expect(hrefs).toEqual(provisionAnchors)
    })
  })
})

test.describe('with JavaScript on', () => {
  // Every kind of page loading without console errors or foreign requests: see a11y.spec.ts, which loads each.
  test('client-side navigation keeps working after hydration', async ({ page }) => {
    const errors = watchConsole(page)
    await page.goto('/conflicts/drc-rwanda')
    await page.locator('.site-nav').getByRole('link', { name: 'Timeline' }).click()
    await expect(page).toHaveURL(/\/timeline$/)
    await expect(page.locator('h1')).toHaveText('Timeline of deals')
    await expect(page).toHaveTitle('Timeline of deals · Mineral Peace Atlas')
    expect(errors).toEqual([])
  })

  test('the world map comes back drawn after a client navigation: from the first map’s markup, or fetched once when the reader arrived elsewhere', async ({
    page,
  }) => {
    const errors = watchConsole(page)
    const shapeFetches: string[] = []
    page.on('request', (r) => r.url().endsWith('/map/world-shapes.json') && shapeFetches.push(r.url()))
    const nav = page.locator('.site-nav')
    const drc = page.locator('.world-map path[data-iso3="COD"]')

    // Arriving on the map: the map mounted later reuses the paths the first one was prerendered with.
    await page.goto('/')
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
    await nav.getByRole('link', { name: 'Conflicts' }).click()
    await expect(page).toHaveURL(/\/conflicts$/)
    await nav.getByRole('link', { name: 'Map' }).click()
    await expect(page).toHaveURL(/\/$/)
    await expect(drc).toHaveAttribute('d', /^M/)
    expect(shapeFetches).toEqual([])

    // Arriving on a page without the world map: the map fetches its shapes, once.
    await page.goto('/about')
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
    await nav.getByRole('link', { name: 'Map' }).click()
    await expect(drc).toHaveAttribute('d', /^M/)
    await nav.getByRole('link', { name: 'Timeline' }).click()
    await nav.getByRole('link', { name: 'Map' }).click()
    await expect(drc).toHaveAttribute('d', /^M/)
    expect(shapeFetches).toHaveLength(1)
    expect(errors).toEqual([])
  })
})
