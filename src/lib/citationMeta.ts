/**
 * What a page's head says about citing it, for reference managers (Zotero reads
 * `citation_*` and Dublin Core tags) and search engines (schema.org JSON-LD:
 * a `Dataset` on the data page, a `WebPage` part of it elsewhere). Pure.
 */
import { ATLAS_NAME } from './citation'

export interface CitationMetaInput {
  title: string
  description: string
  url: string
  version: string
  released: string
  checkedThrough: string
  coverageFrom: string
  /** The dataset's page, its downloads and licence, for the JSON-LD. */
  dataset: { url: string; downloads: ReadonlyArray<{ url: string; format: string }>; license: string }
  kind: 'page' | 'dataset'
}

/** `name`/`property` → content pairs of the citation meta tags. */
export function citationMetaTags(c: CitationMetaInput): Array<[string, string]> {
  const date = c.released.replace(/-/g, '/')
  return [
    ['citation_title', c.title],
    ['citation_author', ATLAS_NAME],
    ['citation_publisher', ATLAS_NAME],
    ['citation_publication_date', date],
    ['citation_online_date', date],
    ['citation_public_url', c.url],
    ['DC.title', c.title],
    ['DC.creator', ATLAS_NAME],
    ['DC.publisher', ATLAS_NAME],
    ['DC.date', c.released],
    ['DC.identifier', c.url],
    ['DC.type', c.kind === 'dataset' ? 'Dataset' : 'Text'],
    ['DC.rights', c.dataset.license],
  ]
}

/** The schema.org description of the page, as JSON for a `<script type="application/ld+json">` block. */
export function jsonLd(c: CitationMetaInput): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: ATLAS_NAME, url: c.dataset.url.replace(/\/data$/, '/') }
  const dataset = {
    '@type': 'Dataset',
    name: `${ATLAS_NAME} dataset`,
    url: c.dataset.url,
    version: c.version,
    datePublished: c.released,
    temporalCoverage: `${c.coverageFrom}/${c.checkedThrough}`,
    license: c.dataset.license,
    creator: publisher,
    publisher,
  }
  if (c.kind === 'dataset')
    return {
      '@context': 'https://schema.org',
      ...dataset,
      description: c.description,
      isAccessibleForFree: true,
      distribution: c.dataset.downloads.map((d) => ({
        '@type': 'DataDownload',
        contentUrl: d.url,
        encodingFormat: d.format,
      })),
    }
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: c.title,
    description: c.description,
    url: c.url,
    dateModified: c.released,
    publisher,
    isPartOf: dataset,
  }
}

/** JSON safe inside a `<script>` element: no `</script>` or `<!--` can close it early. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')
