import { describe, expect, it } from 'vitest'
import { headTags } from '../../../scripts/head'
import type { CitationMetaInput } from '../../../src/lib/citationMeta'

const cite: CitationMetaInput = {
  title: 'Washington Accords',
  description: 'A deal </script><script>alert(1)</script>',
  url: 'https://example.org/deals/washington-accords',
  kind: 'page',
  version: '1.1.0',
  released: '2026-12-01',
  checkedThrough: '2026-07-04',
  coverageFrom: '2025-01-01',
  dataset: { url: 'https://example.org/data', license: 'https://creativecommons.org/licenses/by/4.0/', downloads: [] },
}

describe(headTags, () => {
  const head = { title: 'Washington Accords', description: 'A deal' }
  const at = { url: 'https://example.org/deals/washington-accords', image: 'https://example.org/og/x.png' }
  it('headTags(…, { cite }) adds the citation tags and a JSON-LD block that cannot close its script early', () => {
    const html = headTags(head, at, { cite, oembed: { href: 'https://example.org/oembed/deals/x.json', title: 'W' } })
    expect(html).toContain('<meta name="citation_title" content="Washington Accords" />')
    expect(html).toContain('<meta name="citation_publication_date" content="2026/12/01" />')
    expect(html).toContain('<link rel="alternate" type="application/json+oembed"')
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? ''
    expect(ld).not.toContain('</script')
    expect(JSON.parse(ld)).toMatchObject({ '@type': 'WebPage', isPartOf: { '@type': 'Dataset', version: '1.1.0' } })
  })
  it('headTags(…, { cite }) describes the data page as a schema.org Dataset', () => {
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(
      headTags(head, at, { cite: { ...cite, kind: 'dataset' } }),
    )?.[1]
    expect(JSON.parse(ld ?? '{}')).toMatchObject({ '@type': 'Dataset', temporalCoverage: '2025-01-01/2026-07-04' })
  })
  it('headTags blocks no rendering: the browser paints what it has parsed', () => {
    // A render-blocking <link rel="expect"> on the map's element made Chromium drop the page's first
    // frame when the map was parsed late, so the page showed nothing until something else repainted it.
    expect(headTags(head, at)).not.toMatch(/blocking=|rel="expect"/)
  })
})
