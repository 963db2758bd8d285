/**
 * The exported frame as one SVG document: background, title, subtitle, the
 * chart, the legend and the credit lines, placed by `layoutFrame`. Pure: the
 * chart and swatches arrive as markup, the colours as CSS colour strings.
 */
import { escapeXml } from '../../lib/svgText'
import type { FrameLayout } from './frameLayout'
import { EXPORT_FONT } from './svgClone'

export interface FrameColours {
  background: string
  text: string
  muted: string
}

export interface FrameParts {
  /** The chart's markup, already placed at `layout.chart`. */
  chart: string
  legend: ReadonlyArray<{ label: string; swatch: (size: number) => string }>
  colours: FrameColours
  /** Read by screen readers and shown as a tooltip by most viewers. */
  title: string
}

export function composeFrameSvg(layout: FrameLayout, parts: FrameParts): string {
  const { width, height, lines, legend, legendSize } = layout
  const { colours } = parts
  const text = lines
    .map(
      (l) =>
        `<text x="${l.x}" y="${l.y.toFixed(1)}" font-size="${l.size}"${l.weight === 700 ? ' font-weight="700"' : ''} fill="${l.role === 'title' || l.role === 'legend' ? colours.text : colours.muted}">${escapeXml(l.text)}</text>`,
    )
    .join('\n')
  const keys = legend
    .map((p) => {
      const entry = parts.legend[p.index]
      if (!entry) return ''
      const { x, y } = p.box
      const base = (y + legendSize * 0.85).toFixed(1)
      if (p.kind === 'text')
        return `<text x="${x.toFixed(1)}" y="${base}" font-size="${legendSize}" fill="${colours.muted}">${escapeXml(p.label)}</text>`
      return `<g transform="translate(${x.toFixed(1)},${y.toFixed(1)})">${entry.swatch(legendSize)}</g><text x="${(x + legendSize + 6).toFixed(1)}" y="${base}" font-size="${legendSize}" fill="${colours.text}">${escapeXml(p.label)}</text>`
    })
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT}">
<title>${escapeXml(parts.title)}</title>
<rect width="${width}" height="${height}" fill="${colours.background}"/>
${text}
${parts.chart}
${keys}
</svg>
`
}
