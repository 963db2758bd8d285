/**
 * The page shell: Vite's built index.html, read with a real HTML parser (jsdom) and
 * rewritten once. Its module script and stylesheet links go; in their place each page
 * gets its stylesheets inlined (every CSS file Vite emitted for the app and the page's
 * chunks, from the manifest), its route data as a JSON block, and one script, boot.js,
 * that starts the app after the first paint. A disabled link names each inlined sheet, so the
 * app's loader does not fetch it again. Each page is then the shell with its
 * head, markup and data filled in.
 */
import { JSDOM } from 'jsdom'

export interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
export type Manifest = Record<string, ManifestChunk>

export interface PageParts {
  head: string
  html: string
  /** The route data, already escaped for embedding (see `embedJson`). */
  data: string
  dataId: string
  /** The page component's module, as the manifest names it. */
  module: string
}

const HEAD = '<!--atlas-head-->'
const ROOT = '<!--atlas-root-->'

/**
 * Every chunk a chunk needs before it runs (its static imports and itself), imports
 * first: the order in which Vite links their stylesheets, so the cascade is the same.
 */
export function staticClosure(
  manifest: Manifest,
  key: string,
  into: Set<string> = new Set(),
  seen: Set<string> = new Set(),
): Set<string> {
  if (seen.has(key) || !manifest[key]) return into
  seen.add(key)
  for (const i of manifest[key].imports ?? []) staticClosure(manifest, i, into, seen)
  into.add(key)
  return into
}

export function makeShell(indexHtml: string, manifest: Manifest, base: string, readFile: (file: string) => string) {
  const appKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry && k.endsWith('index.html'))
  const bootKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry && k.endsWith('boot.ts'))
  if (!appKey || !bootKey) throw new Error('the Vite manifest lacks the index.html or src/boot.ts entry')
  const app = staticClosure(manifest, appKey)

  const dom = new JSDOM(indexHtml)
  const doc = dom.window.document
  doc
    .querySelectorAll('script[type="module"], link[rel="stylesheet"], link[rel="modulepreload"]')
    .forEach((n) => n.remove())
  const root = doc.getElementById('root')
  if (!root || !doc.head.innerHTML.includes(HEAD))
    throw new Error('index.html lacks #root or the <!--atlas-head--> marker')
  root.innerHTML = ROOT
  const boot = doc.createElement('script')
  boot.type = 'module'
  boot.src = base + (manifest[bootKey]?.file ?? '')
  doc.body.appendChild(boot)
  const [before, afterHead] = dom.serialize().split(HEAD) as [string, string]
  const rootOpen = '<div id="root">'
  const [middle, after] = afterHead.split(`${rootOpen}${ROOT}</div>`) as [string, string]
  if (after === undefined) throw new Error('the shell lost its #root')

  const cssCache = new Map<string, string>()
  const css = (file: string) => {
    let text = cssCache.get(file)
    if (text === undefined) {
      text = readFile(file).replace(/<\/style/gi, '<\\/style')
      cssCache.set(file, text)
    }
    return text
  }
  const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

  return {
    page(p: PageParts): string {
      const own = [...staticClosure(manifest, p.module)].filter((k) => !app.has(k))
      const styles = [...new Set([...app, ...own].flatMap((k) => manifest[k]?.css ?? []))]
      const main = base + (manifest[appKey]?.file ?? '')
      // Every chunk the page starts with, the app's shared ones included, dependencies first: boot.ts asks
      // for them all at once, so none waits for the module that imports it to arrive and be read.
      const preload = [...[...app].filter((k) => k !== appKey), ...own].map((k) => base + (manifest[k]?.file ?? ''))
      return (
        before +
        p.head +
        styles.map((f) => `\n    <style>${css(f)}</style>`).join('') +
        // Each inlined sheet is named by a disabled link, which the browser does not fetch: Vite's loader,
        // starting the page's code, sees the sheet is there and does not fetch it a second time.
        styles.map((f) => `\n    <link rel="stylesheet" href="${escapeAttr(base + f)}" disabled />`).join('') +
        middle +
        `<div id="root" data-main="${escapeAttr(main)}"${preload.length ? ` data-preload="${escapeAttr(preload.join(' '))}"` : ''}>` +
        p.html +
        `</div>\n    <script type="application/json" id="${p.dataId}">${p.data}</script>` +
        after
      )
    },
  }
}
