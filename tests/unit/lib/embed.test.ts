import { describe, expect, it } from 'vitest'
import { embedCode } from '../../../src/lib/embedCode'
import { embedOfPage, isEmbedPath, oembedFileOf, pageOfEmbed } from '../../../src/lib/embedPaths'
import { oembedOf } from '../../../src/lib/oembed'

describe('embed paths', () => {
  it('embedOfPage and pageOfEmbed map a page and its embed onto each other, the home map included', () => {
    for (const page of ['/', '/map/cobalt', '/map/cobalt/production', '/deals/washington-accords', '/timeline'])
      expect(pageOfEmbed(embedOfPage(page))).toBe(page)
    expect(embedOfPage('/')).toBe('/embed/map')
    expect(isEmbedPath('/embed/deals/x')).toBe(true)
    expect(isEmbedPath('/embedded')).toBe(false)
    expect(oembedFileOf('/deals/x')).toBe('oembed/deals/x.json')
  })
})

describe(oembedOf, () => {
  it('oembedOf(…) is a rich oEmbed answer whose html frames the embed, with a fixed height and the resize script', () => {
    const o = oembedOf({ origin: 'https://example.org/atlas', embedPath: '/embed/deals/x', title: 'A "deal" & more' })
    expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_url: 'https://example.org/atlas/' })
    expect(o.html).toContain('<iframe src="https://example.org/atlas/embed/deals/x"')
    expect(o.html).toContain(`height="${o.height}"`)
    expect(o.html).toContain('title="A &quot;deal&quot; &amp; more · Mineral Peace Atlas"')
    expect(o.html).toContain('<script async src="https://example.org/atlas/embed.js"></script>')
  })
  it('embedCode(…) escapes the URL', () => {
    expect(embedCode({ url: 'https://x.org/embed/map?a=1&b=2', title: 't', height: 600, scriptUrl: 's' })).toContain(
      'src="https://x.org/embed/map?a=1&amp;b=2"',
    )
  })
})
