/**
 * Turns the built app into a set of real pages. For every page of the route table
 * (src/routes.ts, through the server build of src/entry-server.tsx): its data as a
 * static JSON file beside it (`conflicts/drc-rwanda.data.json`), and its HTML rendered
 * by the same components with that data embedded for hydration, its own head (title,
 * description, canonical URL, Open Graph and Twitter tags) and social image; plus
 * 404.html, sitemap.xml and robots.txt. The shell is Vite's index.html, edited through a
 * real HTML parser; the scripts and stylesheets come from Vite's manifest.
 *
 * The pages are shared among worker threads, one per core (see prerender/claim.ts),
 * each with its own copy of the server build: the pages and their cards are pure
 * functions of the data, so the files are the same whichever thread writes them.
 *
 * Environment: SITE_URL, BASE_PATH (see src/lib/siteConfig.ts); PRERENDER_THREADS.
 */
import { rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { makeCardFonts } from './prerender/cardFonts'
import { makeCounter, threadCount } from './prerender/claim'
import { readShellSource } from './prerender/pageWriter'
import { useProductionReact } from './prerender/server'
import { DIST, ORIGIN_BASE } from './prerender/site'
import { runWorkers } from './prerender/threads'

useProductionReact()
const shell = readShellSource()
const cardFonts = await makeCardFonts()
const fonts = cardFonts?.fonts ?? null
const counter = makeCounter()
const threads = threadCount(process.env.PRERENDER_THREADS, availableParallelism())
const reports = await runWorkers(Array.from({ length: threads }, (_, index) => ({ index, counter, shell, fonts })))
const cards = reports.reduce((n, r) => n + r.cards, 0)

if (cardFonts) rmSync(cardFonts.dir, { recursive: true, force: true })
rmSync('dist-ssr', { recursive: true, force: true })
// The manifest served its purpose (scripts, styles and preloads of each page); it is not part of the site.
rmSync(join(DIST, '.vite'), { recursive: true, force: true })
console.log(
  `prerender: ${reports[0]?.pages} pages with their data, ${cards} social cards, 404.html, sitemap.xml and robots.txt ` +
    `(site ${ORIGIN_BASE}; ${threads} thread${threads === 1 ? '' : 's'}; ` +
    `cards drawn in ${fonts ? 'the kept glyphs of DejaVu Sans' : 'the system fonts'})`,
)
