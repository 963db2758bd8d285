/**
 * Everything one page of the route table puts in dist/: its data as a static JSON file,
 * its HTML (Vite's index.html as the shell, with the page's head, markup and data embedded
 * for hydration), its social card and, for a page with an embed, its oEmbed file. Each
 * thread of the prerender makes its own writer from its own copy of the server build.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { embedJson } from '../../src/app/embedded'
import { dataFileOf, forEmbedding, htmlFileOf, ROUTE_DATA_ELEMENT_ID } from '../../src/data/routeData'
import { embedOfPage, isEmbedPath, oembedFileOf, pageOfEmbed } from '../../src/lib/embedPaths'
import { oembedOf } from '../../src/lib/oembed'
import { lightTokens } from '../../src/og/cardTokens'
import { makeSocialSvg } from '../../src/og/socialImage'
import { headTags } from '../head'
import { makeShell, type Manifest } from '../shell'
import { cardDrawer } from './cardImage'
import type { CardFonts } from './cardFonts'
import { write } from './output'
import type { Server } from './server'
import { ATLAS_IMAGE, BASE, citeOf, DIST, feeds, ogImage, ORIGIN_BASE, url } from './site'

export interface PrerenderedPage {
  path: string
  module: string
}

/** What the page shell is made from: the client build's index.html and manifest. */
export interface ShellSource {
  indexHtml: string
  manifest: Manifest
}

/**
 * Read before any page is written: the home page's HTML replaces index.html. The threads
 * are given this copy.
 */
export const readShellSource = (): ShellSource => ({
  indexHtml: readFileSync(join(DIST, 'index.html'), 'utf8'),
  manifest: JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest,
})

export const shellOf = ({ indexHtml, manifest }: ShellSource) =>
  makeShell(indexHtml, manifest, BASE, (file) => readFileSync(join(DIST, file), 'utf8'))

/** `writePage(page)` writes a page's files and says whether it drew a card of its own. */
export function pageWriter(
  server: Server,
  pages: readonly PrerenderedPage[],
  source: ShellSource,
  fonts: CardFonts | null,
) {
  const shell = shellOf(source)
  const drawCard = cardDrawer(fonts)
  const { meta } = server.DATA
  const paths = new Set(pages.map((p) => p.path))
  // The light theme's colours, which the cards are drawn in.
  const tokens = lightTokens(readFileSync('src/styles/tokens.css', 'utf8'))

  return async function writePage(p: PrerenderedPage): Promise<{ card: boolean }> {
    const data = server.dataOf(p.path)
    if (!data.found) throw new Error(`${p.path}: the route table lists it, but its data names no record`)
    const { html, head } = await server.render(p.path, data, BASE)
    if (!head) throw new Error(`${p.path}: the page set no title (PageMeta missing)`)
    const card = server.cardOf(p.path)
    const image = card ? ogImage(p.path) : ATLAS_IMAGE
    if (card) write(join(DIST, image), await drawCard(makeSocialSvg(card, tokens)))
    write(join(DIST, dataFileOf(p.path)), JSON.stringify(data))
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
            cite: embed ? null : citeOf(meta, p.path, head.title, head.description),
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
    return { card: card !== null }
  }
}
