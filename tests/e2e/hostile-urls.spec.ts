import { expect, SHELL_SCRIPT, test } from './helpers'
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
  '/timeline': ['conflict', 'type', 'group', 'resource', 'from', 'to', 'events', 'item'],
  '/minerals': ['sort', 'dir'],
  '/minerals/cobalt': ['measure'],
  '/search': ['q'],
}

/** A URL, the status a static host must answer it with, and whether the browser opens it with a page load. */
interface Case {
  url: string
  status: 200 | 404
  fresh: boolean
}

// Hostile paths: each payload is loaded fresh once, on one of the routes in turn, so every payload
// and every route meets the boot code, which matches the raw address to a route.
const pathCases: Case[] = PATH_ROUTES.flatMap((r, i) =>
  PAYLOADS.map((p, j) => ({
    url: r + enc(p),
    status: p === '' && r !== '/deals/' ? (200 as const) : (404 as const),
    fresh: j % PATH_ROUTES.length === i,
  })),
)
const extraCases: Case[] = [
  { url: '/?zk=2&zx=-999999&zy=999999', status: 200, fresh: false },
  { url: '/timeline?from=2026-12&to=2020-01', status: 200, fresh: false },
  { url: '/deals/washington-accords#provision-<script>', status: 200, fresh: true },
  { url: '/deals/washington-accords#provision-99999999999', status: 200, fresh: false },
]
const repeatedCases: Case[] = Object.entries(QUERIES).map(([path, keys]) => ({
  // Repeated and conflicting parameters.
  url: `${path}?${keys.map((k) => `${k}=a&${k}=b&${k}=${enc('<b>x</b>')}`).join('&')}`,
  status: 200,
  fresh: false,
}))

/** Every payload on every parameter alone: what the server is asked. */
const serverCases: Case[] = [
  ...pathCases,
  ...Object.entries(QUERIES).flatMap(([path, keys]) =>
    keys.flatMap((k) => PAYLOADS.map((p) => ({ url: `${path}?${k}=${enc(p)}`, status: 200 as const, fresh: false }))),
  ),
  ...repeatedCases,
  ...extraCases,
]

/**
 * What the browser opens: every hostile path, and on each page every payload in all of
 * its parameters at once (each parser reads its own parameter, so every parameter still
 * meets every payload). The first query of each page is a page load (a query means the
 * prerendered markup is replaced, not hydrated); the rest are client-side navigations in
 * the loaded app, which run the same route matching, URL parsers and pages for a
 * fraction of the cost of a load.
 */
const browserCases: Case[] = [
  ...pathCases,
  ...Object.entries(QUERIES).flatMap(([path, keys]) =>
    PAYLOADS.map((p, j) => ({
      url: `${path}?${keys.map((k) => `${k}=${enc(p)}`).join('&')}`,
      status: 200 as const,
      fresh: j === 0,
    })),
  ),
  ...repeatedCases,
  ...extraCases,
]

/** Markup from the payloads that must never come back from the server as it was sent. */
const MARKUP = PAYLOADS.filter((p) => /[<>"{]/.test(p))

test(`every hostile URL (${serverCases.length}) gets the right page or 404 from the server, with nothing reflected`, async ({
  baseURL,
}) => {
  // Hundreds of requests at once: slow on a loaded machine.
  test.setTimeout(60_000)
  const results = await Promise.all(
    serverCases.map(async (c) => {
      // The fragment is the browser's: a server never sees it.
      const res = await fetch(new URL(c.url.replace(/#.*/, ''), baseURL))
      const body = await res.text()
      const problems: string[] = []
      if (res.status !== c.status) problems.push(`status ${res.status}, expected ${c.status}`)
      if (!/<h1[\s>]/.test(body)) problems.push('no heading in the served page')
      for (const m of MARKUP) if (body.includes(m)) problems.push(`reflects ${m}`)
      if (/root:.*:0:0:/.test(body)) problems.push('serves a file outside the site')
      return problems.map((p) => `${c.url.slice(0, 80)}: ${p}`)
    }),
  )
  expect(results.flat()).toEqual([])
})

async function expectSafe(page: Page, url: string) {
  const { problems, heading } = await page.evaluate((shellScript) => {
    const out: string[] = []
    if ((window as unknown as { __pwned?: number }).__pwned) out.push('a payload ran')
    // The route data and the JSON-LD are JSON blocks: data, not script. The shell's own script is the one other.
    const inline = document.querySelectorAll(
      'script:not([src]):not([type="application/json"]):not([type="application/ld+json"])',
    )
    if ([...inline].some((s) => s.textContent !== shellScript)) out.push('an inline script is in the DOM')
    if (document.querySelector('img[src="x"], [onerror], [onload]')) out.push('an injected element is in the DOM')
    for (const a of document.querySelectorAll('a[href]'))
      if (/^\s*javascript:/i.test(a.getAttribute('href') ?? '')) out.push('a javascript: link')
    return { problems: out, heading: !!document.querySelector('h1') }
  }, SHELL_SCRIPT)
  expect(problems, url).toEqual([])
  // A record page's not-found view shows a status line, with no heading, while its code loads.
  if (!heading) await expect(page.locator('h1').first(), `${url}: no heading: nothing rendered`).toBeAttached()
}

/**
 * Opens `url` in the loaded app as Back or Forward would, and waits two frames and
 * until no request is in flight (a page's code on its first visit, a region file).
 * An error or injected markup that shows later is still caught, by the next URL's checks
 * or the last settle of the batch.
 */
async function navigateInApp(page: Page, url: string, inflight: () => number) {
  await page.evaluate(async (u) => {
    const idx = ((history.state as { idx?: number } | null)?.idx ?? 0) + 1
    history.pushState({ usr: null, key: `hostile${idx}`, idx }, '', u)
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame)
  }, url)
  for (let i = 0; inflight() > 0; i++) {
    if (i > 200) throw new Error(`${url}: requests still in flight after 10 s`)
    await page.waitForTimeout(50)
  }
}

/** Waits until the DOM has been quiet for `ms`. */
const settle = (page: Page, ms = 300) =>
  page.evaluate(
    (quiet) =>
      new Promise<void>((resolve) => {
        const done = () => {
          observer.disconnect()
          resolve()
        }
        let timer = setTimeout(done, quiet)
        const observer = new MutationObserver(() => {
          clearTimeout(timer)
          timer = setTimeout(done, quiet)
        })
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
      }),
    ms,
  )

test.describe.configure({ mode: 'parallel' })

const CHUNKS = 3
for (let c = 0; c < CHUNKS; c++) {
  // Consecutive runs, so a chunk stays on a few pages and most steps are cheap in-app navigations.
  const size = Math.ceil(browserCases.length / CHUNKS)
  const chunk = browserCases.slice(c * size, (c + 1) * size)
  const fresh = chunk.filter((x) => x.fresh).length
  test(`hostile URLs in the browser, part ${c + 1} of ${CHUNKS} (${chunk.length} URLs, ${fresh} loaded afresh): a page, no error, no injection`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    let errors: string[] = []
    let inflight = 0
    page.on('request', () => inflight++)
    page.on('requestfinished', () => inflight--)
    page.on('requestfailed', () => inflight--)
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
    page.on('console', (m) => {
      // A 404 for the address itself, or for its data file (an address that names no record), is the answer asked for.
      if (
        /status of 404/.test(m.text()) &&
        (m.location().url === page.url() || m.location().url.endsWith('.data.json'))
      )
        return
      if (m.type() === 'error') errors.push(`console: ${m.text()}`)
    })
    for (const [i, { url, fresh: load }] of chunk.entries()) {
      errors = []
      if (load || i === 0) await page.goto(url)
      else await navigateInApp(page, url, () => inflight)
      await expect(page.locator('h1').first(), url).toBeVisible()
      await expectSafe(page, url)
      expect(errors, url).toEqual([])
    }
    await settle(page)
    const last = chunk.at(-1)?.url ?? ''
    await expectSafe(page, last)
    expect(errors, last).toEqual([])
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
