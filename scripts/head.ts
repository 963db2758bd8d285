/**
 * The head tags of a prerendered page: title, description,
 * canonical URL, Open Graph and Twitter cards; with
 * `cite`, the citation tags and schema.org JSON-LD; with `oembed`, the link to its oEmbed file.
 */
import { fullTitle, type HeadData } from '../src/components/pageTitle'
import { FEED_TITLE } from '../src/data/feedFormat'
import { citationMetaTags, jsonLd, scriptJson, type CitationMetaInput } from '../src/lib/citationMeta'

export interface HeadExtras {
  cite?: CitationMetaInput | null
  oembed?: { href: string; title: string } | null
  /** `noindex` for the embeds, whose canonical page is the atlas's own. */
  robots?: string
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * `url` null: a page with no address of its own (404.html) gets no canonical or og:url.
 * `feeds`: the absolute addresses of the Atom and JSON feeds of what changed, advertised on every page.
 */
export function headTags(
  head: HeadData,
  { url, image, feeds }: { url: string | null; image: string; feeds?: { atom: string; json: string } },
  { cite, oembed, robots }: HeadExtras = {},
): string {
  const title = fullTitle(head.title)
  const tags: Array<[string, Record<string, string>]> = [
    ['meta', { name: 'description', content: head.description }],
    ...(url ? ([['link', { rel: 'canonical', href: url }]] as Array<[string, Record<string, string>]>) : []),
    ['meta', { property: 'og:type', content: 'website' }],
    ['meta', { property: 'og:site_name', content: 'Mineral Peace Atlas' }],
    ['meta', { property: 'og:title', content: title }],
    ['meta', { property: 'og:description', content: head.description }],
    ...(url ? ([['meta', { property: 'og:url', content: url }]] as Array<[string, Record<string, string>]>) : []),
    ['meta', { property: 'og:image', content: image }],
    ['meta', { property: 'og:image:width', content: '1200' }],
    ['meta', { property: 'og:image:height', content: '630' }],
    ['meta', { name: 'twitter:card', content: 'summary_large_image' }],
    ['meta', { name: 'twitter:title', content: title }],
    ['meta', { name: 'twitter:description', content: head.description }],
    ['meta', { name: 'twitter:image', content: image }],
    ...(feeds
      ? ([
          ['link', { rel: 'alternate', type: 'application/atom+xml', title: FEED_TITLE, href: feeds.atom }],
          ['link', { rel: 'alternate', type: 'application/feed+json', title: FEED_TITLE, href: feeds.json }],
        ] as Array<[string, Record<string, string>]>)
      : []),
    ...(robots ? ([['meta', { name: 'robots', content: robots }]] as Array<[string, Record<string, string>]>) : []),
    ...(cite
      ? citationMetaTags(cite).map(([name, content]): [string, Record<string, string>] => ['meta', { name, content }])
      : []),
    ...(oembed
      ? ([
          ['link', { rel: 'alternate', type: 'application/json+oembed', href: oembed.href, title: oembed.title }],
        ] as Array<[string, Record<string, string>]>)
      : []),
  ]
  return [
    `<title>${escapeAttr(title)}</title>`,
    ...tags.map(
      ([tag, attrs]) =>
        `<${tag} ${Object.entries(attrs)
          .map(([k, v]) => `${k}="${escapeAttr(v)}"`)
          .join(' ')} />`,
    ),
    ...(cite ? [`<script type="application/ld+json">${scriptJson(jsonLd(cite))}</script>`] : []),
  ].join('\n    ')
}
