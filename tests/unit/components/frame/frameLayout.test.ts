import { describe, expect, it } from 'vitest'
import { layoutFrame, lineBox, overlaps, type FrameContent } from '../../../../src/components/frame/frameLayout'
import { composeFrameSvg } from '../../../../src/components/frame/composeFrameSvg'

const content: FrameContent = {
  title: "Cobalt reserves: each country's share of the world, with the conflicts and their deals",
  subtitle:
    'Share of the USGS world total of cobalt reserves, by country; 9 conflicts. Sources checked through 4 July 2026.',
  legend: [
    { kind: 'text', label: 'Share of world reserves, Cobalt (USGS MCS 2026)' },
    ...['under 1%', '1–5%', '5–15%', '15–30%', '30% or more', 'not listed by USGS', 'conflict party'].map((label) => ({
      kind: 'item' as const,
      label,
    })),
  ],
  footer: [
    'Source: USGS Mineral Commodity Summaries 2026 (public domain).',
    'CC BY 4.0. Mineral Peace Atlas · mineral-peace-atlas.org/map/cobalt',
  ],
  aspect: 2.1,
}

describe(layoutFrame, () => {
  for (const [label, width, height] of [
    ['the 2× download at a phone width', 390, undefined],
    ['the 2× download at a desktop width', 860, undefined],
    ['the 1200×630 social size', 1200, 630],
  ] as const)
    it(`layoutFrame(content, …) for ${label}: no text over the chart or another text, all inside`, () => {
      const l = layoutFrame(content, width, height)
      if (height) expect(l.height).toBe(height)
      const boxes = [...l.lines.map(lineBox), ...l.legend.map((p) => p.box)]
      for (const b of boxes) {
        expect(overlaps(b, l.chart)).toBe(false)
        expect(b.x + b.w).toBeLessThanOrEqual(width)
        expect(b.y + b.h).toBeLessThanOrEqual(l.height)
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false)
      expect(l.chart.w / l.chart.h).toBeCloseTo(content.aspect, 1)
    })
})

describe(composeFrameSvg, () => {
  it('composeFrameSvg(layout, parts) writes the title, legend and credit as text, escaped, in a generic font', () => {
    const l = layoutFrame({ ...content, title: 'Cobalt & copper <reserves>' }, 860)
    const svg = composeFrameSvg(l, {
      chart: '<svg x="0" y="0"></svg>',
      legend: content.legend.map((e) => ({ label: e.label, swatch: (s) => `<rect width="${s}" height="${s}"/>` })),
      colours: { background: '#fff', text: '#111', muted: '#555' },
      title: 'Cobalt & copper <reserves>',
    })
    expect(svg).toContain('font-family="Helvetica, Arial, sans-serif"')
    expect(svg).toContain('Cobalt &amp; copper &lt;reserves&gt;')
    expect(svg).toContain('>30% or more</text>')
    expect(svg).toContain('mineral-peace-atlas.org/map/cobalt')
    expect(Math.min(...l.lines.map((x) => x.size))).toBeGreaterThanOrEqual(11)
  })
})
