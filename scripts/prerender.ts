/**
 * Turns the built single-page app into a set of real pages: for every route, the
 * HTML rendered by the same React components, with its own title, description,
 * canonical URL, Open Graph and Twitter tags and social image; plus 404.html,
 * sitemap.xml and robots.txt. Runs after `vite build` and the SSR build of
 * src/entry-server.tsx (see the `build` script).
 *
 * Environment: SITE_URL (default https://mineral-peace-atlas.org), BASE_PATH (default /).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Resvg } from '@resvg/resvg-js'
import { fullTitle, type HeadData } from '../src/components/PageMeta'
import type { Dataset } from '../src/data/schema'
import { partyIso3s, makeIndex, currentStatus } from '../src/data/selectors'
import { formatDate } from '../src/lib/format'
import { AGREEMENT_TYPE_LABEL } from '../src/lib/labels'
import { isRegionShapes, type RegionShapes } from '../src/map/locator'
import { makeSocialSvg } from '../src/og/socialImage'

const DIST = 'dist'
const SITE_URL = (process.env.SITE_URL ?? 'https://mineral-peace-atlas.org').replace(/\/$/, '')
const BASE = ('/' + (process.env.BASE_PATH ?? '/').replace(/^\/|\/$/g, '') + '/').replace('//', '/')
const ORIGIN_BASE = SITE_URL + BASE.replace(/\/$/, '')

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The module each lazily loaded route's page lives in (see src/routes.tsx). */
const PAGE_MODULE: Array<[RegExp, string]> = [
  [/^\/conflicts$/, 'src/pages/ConflictsPage.tsx'],
  [/^\/conflicts\//, 'src/pages/ConflictPage.tsx'],
  [/^\/deals\//, 'src/pages/DealPage.tsx'],
  [/^\/timeline$/, 'src/pages/TimelinePage.tsx'],
  [/^\/minerals$/, 'src/pages/MineralsPage.tsx'],
  [/^\/minerals\//, 'src/pages/MineralPage.tsx'],
  [/^\/data$/, 'src/pages/DataPage.tsx'],
  [/^\/search$/, 'src/pages/SearchPage.tsx'],
  [/^\/about$/, 'src/pages/AboutPage.tsx'],
]
type Manifest = Record<string, { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }>
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest

const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)
const walk = (key: string, into: Set<string>) => {
  if (into.has(key)) return
  into.add(key)
  for (const i of manifest[key]?.imports ?? []) walk(i, into)
}
/** The chunks the entry loads: their stylesheets are in every page, their scripts need no preload. */
const entryChunks = new Set<string>()
if (entryKey) walk(entryKey, entryChunks)

/**
 * The stylesheets of a chunk and of the chunks it imports, in the order Vite links them (a chunk's
 * imports before its own, as in dist/index.html and as the app adds them when it loads a page),
 * leaving out the chunks in `skip`.
 */
function cssOf(key: string, skip: Set<string>, seen = new Set<string>(), out: string[] = []): string[] {
  if (seen.has(key) || skip.has(key)) return out
  seen.add(key)
  for (const i of manifest[key]?.imports ?? []) cssOf(i, skip, seen, out)
  for (const c of manifest[key]?.css ?? []) if (!out.includes(c)) out.push(c)
  return out
}
const entryCss = entryKey ? cssOf(entryKey, new Set()) : []

const pageModule = (path: string) => {
  const mod = PAGE_MODULE.find(([re]) => re.test(path))?.[1]
  return mod && manifest[mod] ? mod : null
}

/** URLs of a page's chunk and the chunks it imports that the entry does not already load. */
function preloadsFor(path: string): string[] {
  const mod = pageModule(path)
  if (!mod) return []
  const wanted = new Set<string>()
  walk(mod, wanted)
  return [...wanted].filter((k) => !entryChunks.has(k)).map((k) => `${BASE}${manifest[k]!.file}`)
}

/** Every stylesheet a page needs: the entry's, then those of its page's chunks the entry does not load. */
function stylesheetsFor(path: string | null): string[] {
  const mod = path ? pageModule(path) : null
  return [...entryCss, ...(mod ? cssOf(mod, entryChunks).filter((c) => !entryCss.includes(c)) : [])]
}
const inlineCss = new Map<string, string>()
const styleTags = (files: string[]) =>
  files
    .map((f) => {
      if (!inlineCss.has(f)) inlineCss.set(f, readFileSync(join(DIST, f), 'utf8').replace(/<\/style/gi, '<\\/style'))
      return `<style>${inlineCss.get(f)}</style>`
    })
    .join('')

interface Entry {
  path: string
  image: string
  /** The social card, for pages that get their own. */
  card?: Parameters<typeof makeSocialSvg>[0]
}

function region(conflictId: string): RegionShapes | null {
  try {
    const r: unknown = JSON.parse(readFileSync(`src/generated/regions/${conflictId}.json`, 'utf8'))
    return isRegionShapes(r) ? r : null
  } catch {
    return null
  }
}

function routesOf(d: Dataset): Entry[] {
  const ix = makeIndex(d)
  const entries: Entry[] = ['/', '/conflicts', '/timeline', '/minerals', '/data', '/about', '/search'].map((path) => ({
    path,
    image: '/og/atlas.png',
  }))
  const mapFor = (conflictId: string) => {
    const r = region(conflictId)
    const c = ix.conflicts.get(conflictId)
    if (!r || !c) return undefined
    const parties = partyIso3s(ix, c)
    return {
      width: r.width,
      height: r.height,
      countries: r.countries.map((x) => ({ d: x.d, party: !!x.iso3 && parties.includes(x.iso3) })),
    }
  }
  const partyNames = (conflictId: string) =>
    (ix.conflicts.get(conflictId)?.parties ?? [])
      .filter((p) => p.role === 'belligerent' || p.role === 'backer')
      .map((p) => ix.actors.get(p.actor)?.shortName ?? ix.actors.get(p.actor)?.name ?? p.actor)
      .join(' · ')
  for (const c of d.conflicts) {
    const s = currentStatus(c)
    entries.push({
      path: `/conflicts/${c.id}`,
      image: `/og/conflict-${c.id}.png`,
      card: {
        kicker: `Conflict · ${c.region}`,
        title: c.name,
        date: `${s.label} (${formatDate(s.date)})`,
        parties: partyNames(c.id),
        map: mapFor(c.id),
      },
    })
  }
  for (const a of d.agreements) {
    entries.push({
      path: `/deals/${a.id}`,
      image: `/og/deal-${a.id}.png`,
      card: {
        kicker: `${AGREEMENT_TYPE_LABEL[a.type]} · ${(a.conflict && ix.conflicts.get(a.conflict)?.shortName) ?? ''}`,
        title: a.commonName ?? a.title,
        date: formatDate(a.date, a.datePrecision),
        parties: a.conflict ? partyNames(a.conflict) : '',
        map: a.conflict ? mapFor(a.conflict) : undefined,
      },
    })
  }
  for (const r of d.resources)
    if (r.kind === 'mineral' && r.usgs) entries.push({ path: `/minerals/${r.id}`, image: '/og/atlas.png' })
  return entries
}

function headHtml(head: HeadData, path: string, image: string): string {
  const url = ORIGIN_BASE + (path === '/' ? '/' : path)
  const title = fullTitle(head.title)
  const img = ORIGIN_BASE + image
  return [
    `<title>${escapeAttr(title)}</title>`,
    `<meta name="description" content="${escapeAttr(head.description)}" />`,
    `<link rel="canonical" href="${escapeAttr(url)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Mineral Peace Atlas" />`,
    `<meta property="og:title" content="${escapeAttr(title)}" />`,
    `<meta property="og:description" content="${escapeAttr(head.description)}" />`,
    `<meta property="og:url" content="${escapeAttr(url)}" />`,
    `<meta property="og:image" content="${escapeAttr(img)}" />`,
    `<meta property="og:image:width" content="1200" />`,
    `<meta property="og:image:height" content="630" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${escapeAttr(title)}" />`,
    `<meta name="twitter:description" content="${escapeAttr(head.description)}" />`,
    `<meta name="twitter:image" content="${escapeAttr(img)}" />`,
  ].join('\n    ')
}

function png(svg: string): Buffer {
  return new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: 1200 },
  })
    .render()
    .asPng()
}

function write(path: string, text: string | Buffer) {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}

const server = (await import(pathToFileURL(join(process.cwd(), 'dist-ssr/entry-server.js')).href)) as {
  render: (path: string, base: string) => Promise<{ html: string; head: HeadData | null }>
  DATA: Dataset
}
// The stylesheets are small (≈7 kB gzip in all): inlined, the first paint needs only the HTML, and on a
// slow connection they no longer share the bandwidth with the scripts (Lighthouse mobile LCP). Vite
// emits one per chunk; each page gets the entry's (the links in index.html) and its own page's.
let entry = ''
const linked: string[] = []
const template = readFileSync(join(DIST, 'index.html'), 'utf8')
  .replace(/(\s*)<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g, (_, space: string, href: string) => {
    linked.push(href.slice(BASE.length))
    return linked.length === 1 ? `${space}<!--atlas-styles-->` : ''
  })
  // Scripts start loading after the first paint (boot.js), so on a slow connection the page's
  // HTML has the bandwidth to itself; preloads would start them at once, so they go too.
  .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
  .replace(/<script type="module"[^>]*src="([^"]+)"><\/script>/, (_, src: string) => {
    entry = src
    return `<script type="module" src="${BASE}boot.js"></script>`
  })
if (!entry) throw new Error('dist/index.html has no entry script')
if (linked.join(' ') !== entryCss.join(' '))
  throw new Error(`dist/index.html links ${linked.join(', ')}; the manifest gives ${entryCss.join(', ')} for the entry`)
write(
  join(DIST, 'boot.js'),
  `// Loads the app after the first paint: the page is already readable, prerendered.\n` +
    `const root = document.getElementById('root')\n` +
    `const urls = [root?.dataset.main, ...(root?.dataset.preload ?? '').split(' ')].filter(Boolean)\n` +
    `requestAnimationFrame(() => setTimeout(() => urls.forEach((u) => import(u)), 0))\n`,
)
if (!template.includes('<!--atlas-root-->') || !template.includes('<!--atlas-head-->') || !linked.length)
  throw new Error('dist/index.html lacks the prerender markers')

const page = (html: string, head: string, path: string | null, preload: string[] = []) =>
  template
    .replace('<!--atlas-styles-->', () => styleTags(stylesheetsFor(path)))
    .replace('<!--atlas-head-->', head)
    .replace(
      '<div id="root"><!--atlas-root--></div>',
      `<div id="root" data-main="${escapeAttr(entry)}"${preload.length ? ` data-preload="${escapeAttr(preload.join(' '))}"` : ''}` +
        `${path ? ` data-prerendered="${escapeAttr(path)}"` : ''}>${html}</div>`,
    )

const entries = routesOf(server.DATA)
write(
  join(DIST, 'og/atlas.png'),
  png(
    makeSocialSvg({
      kicker: 'Peace deals and the minerals behind them',
      title: 'Nine conflicts, their deals and the minerals they trade',
      date: `Data as of ${formatDate(server.DATA.meta.released)}`,
    }),
  ),
)
for (const e of entries) {
  const { html, head } = await server.render(e.path, BASE)
  if (!head) throw new Error(`${e.path}: the page set no title (PageMeta missing)`)
  // `/conflicts/drc-rwanda` is written as conflicts/drc-rwanda.html: static hosts (and
  // `vite preview`) serve an extensionless path from its .html file without rewrites.
  const file = e.path === '/' ? join(DIST, 'index.html') : join(DIST, `${e.path}.html`)
  write(file, page(html, headHtml(head, e.path, e.image), e.path, preloadsFor(e.path)))
  if (e.card) write(join(DIST, e.image), png(makeSocialSvg(e.card)))
}
// The not-found page for static hosts; the browser re-renders it for the address asked for.
const nf = await server.render('/404', BASE)
write(
  join(DIST, '404.html'),
  page(
    nf.html,
    headHtml(nf.head ?? { title: 'Not found', description: 'Page not found' }, '/404', '/og/atlas.png').replace(
      /<link rel="canonical"[^>]*>\n\s*/,
      '',
    ),
    null,
  ),
)

const today = server.DATA.meta.released
write(
  join(DIST, 'sitemap.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries
    .map((e) => `  <url><loc>${ORIGIN_BASE}${e.path === '/' ? '/' : e.path}</loc><lastmod>${today}</lastmod></url>`)
    .join('\n')}\n</urlset>\n`,
)
write(join(DIST, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${ORIGIN_BASE}/sitemap.xml\n`)
rmSync('dist-ssr', { recursive: true, force: true })
// The manifest served its purpose (preload links); it is not part of the site.
rmSync(join(DIST, '.vite'), { recursive: true, force: true })
console.log(`prerender: ${entries.length} pages, 404.html, sitemap.xml and robots.txt written (site ${ORIGIN_BASE})`)
