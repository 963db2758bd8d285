/**
 * The "what changed" entries as an Atom feed (RFC 4287) and a JSON Feed (1.1), with
 * absolute links. Pure: the build passes the site's origin and base (`SITE_URL` +
 * `BASE_PATH`, normalised as in `src/lib/siteConfig.ts`).
 */
import type { FeedEntry } from './feed'
import { FEED_KIND_LABEL } from './feed'
import { changeLine } from './corrections'

export const ATOM_FEED_FILE = 'feed.xml'
export const JSON_FEED_FILE = 'feed.json'
export const FEED_TITLE = 'Mineral Peace Atlas: what changed'

export interface FeedSite {
  /** The site's address with its base path and no trailing slash: `https://example.org/atlas`. */
  origin: string
  /** The day of the current data release: the feed's own update time. */
  updated: string
  license: string
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A data date as an RFC 3339 time: a day at 00:00 UTC, a month or a year at its first day. */
export function feedTime(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-')
  return `${y}-${m}-${d}T00:00:00Z`
}

/** A permanent entry id: a tag URI (RFC 4151) on the site's host. */
export function entryId(origin: string, key: string): string {
  const host = new URL(origin).host
  return `tag:${host},2026:${key}`
}

const html = (e: FeedEntry) =>
  `<p>${xml(e.text)}</p>${e.detail ? `<p>${xml(e.detail)}</p>` : ''}${e.items ? `<ul>${e.items.map((i) => `<li>${xml(changeLine(i))}</li>`).join('')}</ul>` : ''}`

export function atomFeed(entries: readonly FeedEntry[], site: FeedSite): string {
  const { origin } = site
  const body = entries
    .map(
      (e) => `  <entry>
    <title>${xml(e.title)}</title>
    <id>${xml(entryId(origin, e.key))}</id>
    <link rel="alternate" type="text/html" href="${xml(origin + e.path)}"/>
    <published>${feedTime(e.date)}</published>
    <updated>${feedTime(e.date)}</updated>
    <category term="${e.kind}" label="${xml(FEED_KIND_LABEL[e.kind])}"/>
    <summary type="text">${xml(e.detail ? `${e.text} ${e.detail}` : e.text)}</summary>${e.items ? `\n    <content type="html">${xml(html(e))}</content>` : ''}
  </entry>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>${xml(FEED_TITLE)}</title>
  <subtitle>Data releases, corrections, status changes of conflicts and deals, and new deals.</subtitle>
  <id>${xml(`${origin}/${ATOM_FEED_FILE}`)}</id>
  <link rel="self" type="application/atom+xml" href="${xml(`${origin}/${ATOM_FEED_FILE}`)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${origin}/whats-new`)}"/>
  <updated>${feedTime(site.updated)}</updated>
  <author><name>Mineral Peace Atlas</name></author>
  <rights>${xml(site.license)}</rights>
${body}
</feed>
`
}

export function jsonFeed(entries: readonly FeedEntry[], site: FeedSite): string {
  const { origin } = site
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: FEED_TITLE,
      home_page_url: `${origin}/whats-new`,
      feed_url: `${origin}/${JSON_FEED_FILE}`,
      description: 'Data releases, corrections, status changes of conflicts and deals, and new deals.',
      language: 'en',
      authors: [{ name: 'Mineral Peace Atlas' }],
      items: entries.map((e) => ({
        id: entryId(origin, e.key),
        url: origin + e.path,
        title: e.title,
        content_text: [e.text, e.detail, e.items?.map((i) => `- ${changeLine(i)}`).join('\n')].filter(Boolean).join('\n\n'),
        ...(e.items ? { content_html: html(e) } : {}),
        date_published: feedTime(e.date),
        tags: [FEED_KIND_LABEL[e.kind]],
      })),
    },
    null,
    2,
  )
}
