/**
 * The oEmbed answer for a page that has an embed: a static JSON file (`oembed/deals/x.json`),
 * linked from the page's head, whose `html` is the same iframe code the Embed menu copies. Pure.
 */
import { ATLAS_NAME } from './citation'
import { embedCode, embedHeight, EMBED_SCRIPT_FILE } from './embedCode'

export interface OEmbed {
  version: '1.0'
  type: 'rich'
  provider_name: string
  provider_url: string
  title: string
  html: string
  width: number
  height: number
  thumbnail_url?: string
  thumbnail_width?: number
  thumbnail_height?: number
}

/** `origin` is the site's address with its base path and no trailing slash. */
export function oembedOf({
  origin,
  embedPath,
  title,
  image,
}: {
  origin: string
  embedPath: string
  title: string
  image?: string
}): OEmbed {
  const height = embedHeight(embedPath)
  return {
    version: '1.0',
    type: 'rich',
    provider_name: ATLAS_NAME,
    provider_url: `${origin}/`,
    title,
    html: embedCode({
      url: origin + embedPath,
      title: `${title} · ${ATLAS_NAME}`,
      height,
      scriptUrl: `${origin}/${EMBED_SCRIPT_FILE}`,
    }),
    width: 800,
    height,
    ...(image ? { thumbnail_url: image, thumbnail_width: 1200, thumbnail_height: 630 } : {}),
  }
}
