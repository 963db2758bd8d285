import { describe, expect, it } from 'vitest'
import { makeSocialSvg, wrapText } from '../../../src/og/socialImage'

describe(wrapText, () => {
  it('wrapText(text, n, lines) wraps at word boundaries', () => {
    expect(wrapText('Peace Agreement between the DRC and the Republic of Rwanda', 20, 4)).toEqual([
      'Peace Agreement',
      'between the DRC and',
      'the Republic of',
      'Rwanda',
    ])
  })
  it('wrapText(...) ends a cut title with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 9, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]!.endsWith('…')).toBe(true)
  })
})

describe(makeSocialSvg, () => {
  it('makeSocialSvg(card) is a 1200×630 SVG that escapes its text', () => {
    const svg = makeSocialSvg({ kicker: 'Deal', title: 'A & B <script>', date: '4 December 2025' })
    expect(svg).toContain('width="1200" height="630"')
    expect(svg).toContain('A &amp; B &lt;script&gt;')
    expect(svg).not.toContain('<script>')
  })
  it('makeSocialSvg(card) draws the map with the parties in the accent colour', () => {
    const svg = makeSocialSvg({
      kicker: 'Conflict',
      title: 'X',
      map: {
        width: 100,
        height: 50,
        countries: [
          { d: 'M0,0L1,1Z', party: true },
          { d: 'M2,2L3,3Z', party: false },
        ],
      },
    })
    expect(svg.match(/<path d="M0,0L1,1Z" fill="#f1c453"/)).not.toBeNull()
    expect(svg.match(/<path d="M2,2L3,3Z" fill="#3c5a7d"/)).not.toBeNull()
  })
})
