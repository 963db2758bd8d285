/**
 * Turns the built app into a set of real pages. For every page of the route table
 * (src/routes.ts, through the server build of src/entry-server.tsx): its data as a
 * static JSON file beside it (`conflicts/drc-rwanda.data.json`), and its HTML rendered
 * by the same components with that data embedded for hydration, its own head (title,
 * description, canonical URL, Open Graph and Twitter tags) and social image; plus
 * 404.html, sitemap.xml and robots.txt. The shell is Vite's index.html, edited through a
 * real HTML parser; the scripts and stylesheets come from Vite's manifest.
 *
 * Environment: SITE_URL, BASE_PATH (see src/lib/siteConfig.ts).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { renderAsync } from '@resvg/resvg-js'
import { embedJson } from '../src/app/embedded'
import {
  dataFileOf,
  forEmbedding,
  htmlFileOf,
  NOT_FOUND_DATA_FILE,
  ROUTE_DATA_ELEMENT_ID,
  WORLD_SHAPES_FILE,
} from '../src/data/routeData'
import { ATOM_FEED_FILE, JSON_FEED_FILE } from '../src/data/feedFormat'
import type { CitationMetaInput } from '../src/lib/citationMeta'
import { embedOfPage, isEmbedPath, oembedFileOf, pageOfEmbed } from '../src/lib/embedPaths'
import { oembedOf } from '../src/lib/oembed'
import { normaliseBase, normaliseSiteUrl } from '../src/lib/siteConfig'
import { lightTokens } from '../src/og/cardTokens'
import { makeSocialSvg } from '../src/og/socialImage'
import { headTags } from './head'
import { makeShell, type Manifest } from './shell'

type Server = typeof import('../src/entry-server')

const DIST = 'dist'
const SITE_URL = normaliseSiteUrl(process.env.SITE_URL)
const BASE = normaliseBase(process.env.BASE_PATH)
const ORIGIN_BASE = SITE_URL + BASE.replace(/\/$/, '')

const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest
const shell = makeShell(readFileSync(join(DIST, 'index.html'), 'utf8'), manifest, BASE, (file) =>
  readFileSync(join(DIST, file), 'utf8'),
)

/**
 * Rasterises a social card on libuv's thread pool, so the cards are drawn while the
 * pages render; all are awaited before the build ends (see `cards`).
 */
async function png(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    // DejaVu Sans for every family: the widest common sans, which the cards' text boxes are measured for.
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: 1200 },
  })
  return image.asPng()
}
const cards: Promise<void>[] = []
const writeCard = (path: string, svg: string) => void cards.push(png(svg).then((b) => write(path, b)))

function write(path: string, text: string | Buffer) {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}

const server = (await import(pathToFileURL(join(process.cwd(), 'dist-ssr/entry-server.js')).href)) as Server
const { meta } = server.DATA
const pages = server.prerenderedPages()
const feeds = { atom: `${ORIGIN_BASE}/${ATOM_FEED_FILE}`, json: `${ORIGIN_BASE}/${JSON_FEED_FILE}` }
const paths = new Set(pages.map((p) => p.path))
const url = (path: string) => ORIGIN_BASE + (path === '/' ? '/' : path)
const citeOf = (path: string, title: string, description: string): CitationMetaInput => ({
  title,
  description,
  url: url(path),
  kind: path === '/data' ? 'dataset' : 'page',
  version: meta.version,
  released: meta.released,
  checkedThrough: meta.sourcesCheckedThrough,
  coverageFrom: meta.coverageFrom,
  dataset: {
    url: url('/data'),
    license: 'https://creativecommons.org/licenses/by/4.0/',
    downloads: [
      { url: `${ORIGIN_BASE}/data/atlas.json`, format: 'application/json' },
      { url: `${ORIGIN_BASE}/data/datapackage.json`, format: 'application/json' },
    ],
  },
})
// The light theme's colours, which the cards are drawn in.
const tokens = lightTokens(readFileSync('src/styles/tokens.css', 'utf8'))
const ogImage = (path: string) => `/og/${path === '/' ? 'atlas' : path.replace(/^\//, '').replace(/\//g, '-')}.png`

// The atlas's own card, for pages without one of their own, is the home map's.
const homeCard = server.cardOf('/')
if (!homeCard) throw new Error('the home page has no social card')
writeCard(join(DIST, 'og/atlas.png'), makeSocialSvg(homeCard, tokens))

for (const p of pages) {
  const data = server.dataOf(p.path)
  if (!data.found) throw new Error(`${p.path}: the route table lists it, but its data names no record`)
  const { html, head } = await server.render(p.path, data, BASE)
  if (!head) throw new Error(`${p.path}: the page set no title (PageMeta missing)`)
  const card = server.cardOf(p.path)
  const image = card ? ogImage(p.path) : '/og/atlas.png'
  if (card) writeCard(join(DIST, image), makeSocialSvg(card, tokens))
  const json = JSON.stringify(data)
  write(join(DIST, dataFileOf(p.path)), json)
  // An embed's canonical page is the atlas's own; a page with an embed has an oEmbed file, linked from both.
  const embed = isEmbedPath(p.path)
  const page = pageOfEmbed(p.path)
  const embedPath = embed ? p.path : embedOfPage(p.path)
  const oembed = paths.has(embedPath) ? { href: `${ORIGIN_BASE}/${oembedFileOf(page)}`, title: head.title } : null
  if (oembed && !embed)
    write(
      join(DIST, oembedFileOf(page)),
      JSON.stringify(oembedOf({ origin: ORIGIN_BASE, embedPath, title: head.title, image: ORIGIN_BASE + image })),
    )
  write(
    join(DIST, htmlFileOf(p.path)),
    shell.page({
      head: headTags(
        head,
        { url: url(page), image: ORIGIN_BASE + image, feeds },
        {
          cite: embed ? null : citeOf(p.path, head.title, head.description),
          oembed,
          robots: embed ? 'noindex' : undefined,
        },
      ),
      html,
      data: embedJson(forEmbedding(data)),
      dataId: ROUTE_DATA_ELEMENT_ID,
      module: p.module,
    }),
  )
}

// The not-found page, for static hosts; the browser renders the page asked for anew.
const nf = server.dataOf('/404')
const nfPage = await server.render('/404', nf, BASE)
write(join(DIST, NOT_FOUND_DATA_FILE), JSON.stringify(nf))
write(
  join(DIST, '404.html'),
  shell.page({
    head: headTags(nfPage.head ?? { title: 'Not found', description: 'Page not found' }, {
      url: null,
      image: ORIGIN_BASE + '/og/atlas.png',
      feeds,
    }),
    html: nfPage.html,
    data: embedJson({ ...nf, path: null }),
    dataId: ROUTE_DATA_ELEMENT_ID,
    module: server.notFoundModule,
  }),
)

write(
  join(DIST, 'sitemap.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${pages
    .filter((p) => !isEmbedPath(p.path))
    .map(
      (p) =>
        `  <url><loc>${ORIGIN_BASE}${p.path === '/' ? '/' : p.path}</loc><lastmod>${meta.released}</lastmod></url>`,
    )
    .join('\n')}\n</urlset>\n`,
)
write(join(DIST, WORLD_SHAPES_FILE), JSON.stringify(server.worldShapes()))
write(join(DIST, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${ORIGIN_BASE}/sitemap.xml\n`)
await Promise.all(cards)
rmSync('dist-ssr', { recursive: true, force: true })
// The manifest served its purpose (scripts, styles and preloads of each page); it is not part of the site.
rmSync(join(DIST, '.vite'), { recursive: true, force: true })
console.log(
  `prerender: ${pages.length} pages with their data, ${cards.length} social cards, 404.html, sitemap.xml and robots.txt (site ${ORIGIN_BASE})`,
)
