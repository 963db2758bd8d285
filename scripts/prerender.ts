/**
 * Turns the built app into a set of real pages. For every page of the route table
 * (src/routes.ts, through the server build of src/entry-server.tsx): its data as a
 * static JSON file beside it (`conflicts/drc-rwanda.data.json`), and its HTML rendered
 * by the same components with that data embedded for hydration, its own head (title,
 * description, canonical URL, Open Graph and Twitter tags) and social image; plus
 * 404.html, sitemap.xml and robots.txt. The shell is Vite's index.html, edited through a
 * real HTML parser; the scripts and stylesheets come from Vite's manifest.
 *
 * The pages are shared among threads, one per core (this one and workers, see
 * prerender/claim.ts), each with its own copy of the server build: the pages and their
 * cards are pure functions of the data, so the files are the same whichever thread
 * writes them.
 *
 * Environment: SITE_URL, BASE_PATH (see src/lib/siteConfig.ts); PRERENDER_THREADS.
 */
import { rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { embedJson } from '../src/app/embedded'
import { NOT_FOUND_DATA_FILE, ROUTE_DATA_ELEMENT_ID, WORLD_SHAPES_FILE } from '../src/data/routeData'
import { isEmbedPath } from '../src/lib/embedPaths'
import { headTags } from './head'
import { makeCardFonts } from './prerender/cardFonts'
import { drain, makeCounter, threadCount } from './prerender/claim'
import { write } from './prerender/output'
import { pageWriter, readShellSource, shellOf } from './prerender/pageWriter'
import { loadServer } from './prerender/server'
import { ATLAS_IMAGE, BASE, DIST, feeds, ORIGIN_BASE } from './prerender/site'
import { runWorkers } from './prerender/threads'

const server = await loadServer()
const { meta } = server.DATA
const pages = server.prerenderedPages().map(({ path, module }) => ({ path, module }))
// The atlas's own card, which pages without one of their own share, is the home page's.
if (!pages.some((p) => p.path === '/') || !server.cardOf('/')) throw new Error('the home page has no social card')

const shell = readShellSource()
const cardFonts = makeCardFonts()
const fonts = cardFonts?.fonts ?? null
const counter = makeCounter()
const threads = threadCount(process.env.PRERENDER_THREADS, availableParallelism())
const workers = runWorkers(threads - 1, { pages, counter, shell, fonts })
const writePage = pageWriter(server, pages, shell, fonts)
let cards = 0
await drain(counter, pages.length, async (i) => {
  if ((await writePage(pages[i]!)).card) cards++
})
for (const r of await workers) cards += r.cards

// The not-found page, for static hosts; the browser renders the page asked for anew.
const nf = server.dataOf('/404')
const nfPage = await server.render('/404', nf, BASE)
write(join(DIST, NOT_FOUND_DATA_FILE), JSON.stringify(nf))
write(
  join(DIST, '404.html'),
  shellOf(shell).page({
    head: headTags(nfPage.head ?? { title: 'Not found', description: 'Page not found' }, {
      url: null,
      image: ORIGIN_BASE + ATLAS_IMAGE,
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
if (cardFonts) rmSync(cardFonts.dir, { recursive: true, force: true })
rmSync('dist-ssr', { recursive: true, force: true })
// The manifest served its purpose (scripts, styles and preloads of each page); it is not part of the site.
rmSync(join(DIST, '.vite'), { recursive: true, force: true })
console.log(
  `prerender: ${pages.length} pages with their data, ${cards} social cards, 404.html, sitemap.xml and robots.txt ` +
    `(site ${ORIGIN_BASE}, ${threads} thread${threads === 1 ? '' : 's'}, ${fonts ? 'cards in the kept glyphs of DejaVu Sans' : 'cards in the system fonts'})`,
)
