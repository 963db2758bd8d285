/** The prerender's files for the site as a whole: 404.html and its data, sitemap.xml, robots.txt and the world's shapes. */
import { join } from 'node:path'
import { embedJson } from '../../src/app/embedded'
import { NOT_FOUND_DATA_FILE, ROUTE_DATA_ELEMENT_ID, WORLD_SHAPES_FILE } from '../../src/data/routeData'
import { isEmbedPath } from '../../src/lib/embedPaths'
import { headTags } from '../head'
import { write } from './output'
import { shellOf, type PrerenderedPage, type ShellSource } from './pageWriter'
import type { Server } from './server'
import { ATLAS_IMAGE, BASE, DIST, feeds, ORIGIN_BASE } from './site'

export async function writeSiteFiles(server: Server, pages: readonly PrerenderedPage[], shell: ShellSource) {
  // The atlas's own card, which pages without one of their own share, is the home page's.
  if (!pages.some((p) => p.path === '/') || !server.cardOf('/')) throw new Error('the home page has no social card')

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

  const { released } = server.DATA.meta
  write(
    join(DIST, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${pages
      .filter((p) => !isEmbedPath(p.path))
      .map(
        (p) => `  <url><loc>${ORIGIN_BASE}${p.path === '/' ? '/' : p.path}</loc><lastmod>${released}</lastmod></url>`,
      )
      .join('\n')}\n</urlset>\n`,
  )
  write(join(DIST, WORLD_SHAPES_FILE), JSON.stringify(server.worldShapes()))
  write(join(DIST, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${ORIGIN_BASE}/sitemap.xml\n`)
}
