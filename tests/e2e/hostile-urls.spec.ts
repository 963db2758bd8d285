import { expect, test } from './helpers'
import type { Page } from '@playwright/test'

// Payloads a careless link, a fuzzer or an attacker might put in any part of a URL.
// Each markup payload tries to set window.__pwned, so reaching the DOM as code is detectable.
const PAYLOADS = [
  '',
  ' ',
  'x'.repeat(3000),
  'Vučić-Erdoğan-日本-🙂',
  '%E0%A4%A',
  '%',
  '%00',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">x</a>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  'DRC-Rwanda',
  '-1',
  'NaN',
  '1e309',
]
const enc = (p: string) => (/%/.test(p) ? p : encodeURIComponent(p))

const PATH_ROUTES = ['/conflicts/', '/deals/', '/minerals/', '/']
const QUERIES: Record<string, string[]> = {
  '/': ['mineral', 'measure', 'sites', 'status', 'resource', 'type', 'region', 'conflict', 'country', 'zk', 'zx'],
  '/timeline': ['conflict', 'type', 'resource', 'from', 'to', 'events', 'item'],
  '/minerals': ['sort', 'dir'],
  '/minerals/cobalt': ['measure'],
  '/search': ['q'],
}

const urls: string[] = []
for (const r of PATH_ROUTES) for (const p of PAYLOADS) urls.push(r + enc(p))
for (const [path, keys] of Object.entries(QUERIES)) {
  for (const k of keys) for (const p of PAYLOADS) urls.push(`${path}?${k}=${enc(p)}`)
  // Repeated and conflicting parameters.
  urls.push(`${path}?${keys.map((k) => `${k}=a&${k}=b&${k}=${enc('<b>x</b>')}`).join('&')}`)
}
urls.push(
  '/?zk=2&zx=-999999&zy=999999',
  '/timeline?from=2026-12&to=2020-01',
  '/deals/washington-accords#provision-<script>',
  '/deals/washington-accords#provision-99999999999',
)

async function expectSafe(page: Page, url: string) {
  const problems = await page.evaluate(() => {
    const out: string[] = []
    if ((window as unknown as { __pwned?: number }).__pwned) out.push('a payload ran')
    if (document.querySelector('script:not([src])')) out.push('an inline script is in the DOM')
    if (document.querySelector('img[src="x"], [onerror], [onload]')) out.push('an injected element is in the DOM')
    for (const a of document.querySelectorAll('a[href]'))
      if (/^\s*javascript:/i.test(a.getAttribute('href') ?? '')) out.push('a javascript: link')
    if (!document.querySelector('h1')) out.push('no heading: nothing rendered')
    return out
  })
  expect(problems, url).toEqual([])
}

test.describe.configure({ mode: 'parallel' })

const CHUNKS = 6
for (let c = 0; c < CHUNKS; c++) {
  const chunk = urls.filter((_, i) => i % CHUNKS === c)
  test(`hostile URLs, batch ${c + 1} of ${CHUNKS} (${chunk.length} URLs): right page or 404, no error, no injection`, async ({
    page,
  }) => {
    test.setTimeout(180_000)
    let errors: string[] = []
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
    page.on('console', (m) => {
      if (/status of 404/.test(m.text()) && m.location().url === page.url()) return
      if (m.type() === 'error') errors.push(`console: ${m.text()}`)
    })
    for (const url of chunk) {
      errors = []
      const res = await page.goto(url)
      expect(res?.status() ?? 0, url).toBeLessThan(500)
      await expect(page.locator('h1').first(), url).toBeVisible()
      await expectSafe(page, url)
      expect(errors, url).toEqual([])
    }
  })
}

test('an unknown id in each kind of page shows the not-found page', async ({ page }) => {
  for (const url of [
    '/conflicts/%3Cscript%3E',
    '/deals/javascript%3Aalert(1)',
    '/minerals/' + 'x'.repeat(500),
    '/nothing/here',
  ]) {
    await page.goto(url)
    await expect(page.getByTestId('not-found'), url).toBeVisible()
  }
})
