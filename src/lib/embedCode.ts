/**
 * The code a reader pastes to embed a view: a responsive iframe of its `/embed/`
 * page at a fixed height that works alone, and the atlas's small optional script
 * that lets the embed report its real height (`postMessage`) and resizes it. Pure.
 */

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** What an embed posts to its parent when its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'mineral-peace-atlas:height'

/** The script a host page may add beside its iframes (published at the site's root). */
export const EMBED_SCRIPT_FILE = 'embed.js'

export function embedCode({
  url,
  title,
  height,
  scriptUrl,
}: {
  url: string
  title: string
  height: number
  scriptUrl: string
}): string {
  return (
    `<iframe src="${escapeXml(url)}" title="${escapeXml(title)}" width="100%" height="${height}" ` +
    `style="border:0;width:100%;max-width:100%" loading="lazy" data-mineral-peace-atlas></iframe>\n` +
    `<script async src="${escapeXml(scriptUrl)}"></script>`
  )
}

/** The fixed height an embed starts at, by kind of view, before (or without) the script. */
export function embedHeight(embedPath: string): number {
  if (embedPath.startsWith('/embed/deals/')) return 640
  if (embedPath.startsWith('/embed/conflicts/')) return 620
  if (embedPath.startsWith('/embed/timeline')) return 720
  return 600
}
