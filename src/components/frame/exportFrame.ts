/**
 * Downloads of a frame, made in the browser from what is on screen: the SVG of
 * exactly the current view (zoom, layer, filters) with its title, subtitle,
 * legend and credit; a PNG at twice the screen's size or at the 1200×630
 * social size; and the data shown as CSV. Loaded with `import()` on the first
 * click, so no page pays for it up front.
 */
import { toCsv } from '../../lib/csv'
import { composeFrameSvg } from './composeFrameSvg'
import { layoutFrame } from './frameLayout'
import type { FrameExport, FrameFormat } from './frameTypes'
import { readLegend } from './readLegend'
import { aspectOf, standaloneSvg } from './svgClone'

const SOCIAL = { width: 1200, height: 630 }

/** A legend on screen: an element labelled "Legend" or "… legend". */
const LEGEND = '[aria-label="Legend"], [aria-label$=" legend"]'

/** The frame's chart: its largest SVG outside the legend, the head and the controls. */
function chartOf(frame: HTMLElement): SVGSVGElement | null {
  const area = (s: SVGSVGElement) => {
    const r = s.getBoundingClientRect()
    return r.width * r.height
  }
  const svgs = [...frame.querySelectorAll<SVGSVGElement>('svg')].filter(
    (s) =>
      !s.closest(`${LEGEND}, .frame__legend, [data-frame-part], button, label`) &&
      s.parentElement?.closest('svg') == null,
  )
  return svgs.sort((a, b) => area(b) - area(a))[0] ?? null
}

function legendOf(frame: HTMLElement): Element | null {
  const slot = frame.querySelector('.frame__legend')
  if (slot && slot.children.length) return slot
  return frame.querySelector(LEGEND)
}

/** The frame as an SVG document, `width` wide (and `height` high when fixed). */
export function frameSvg(frame: HTMLElement, info: FrameExport, width: number, height?: number) {
  const chart = chartOf(frame)
  const legend = readLegend(legendOf(frame))
  const layout = layoutFrame(
    { title: info.title, subtitle: info.subtitle, legend, footer: info.footer, aspect: chart ? aspectOf(chart) : 2 },
    width,
    height,
  )
  const cs = getComputedStyle(frame)
  // A frame without a background of its own shows the page's.
  let background = 'rgba(0, 0, 0, 0)'
  for (let el: Element | null = frame; el && /rgba\(0, 0, 0, 0\)|transparent/.test(background); el = el.parentElement)
    background = getComputedStyle(el).backgroundColor
  const muted = frame.querySelector('.frame__subtitle')
  const svg = composeFrameSvg(layout, {
    chart: chart ? standaloneSvg(chart, layout.chart) : '',
    legend,
    title: info.title,
    colours: {
      background: /rgba\(0, 0, 0, 0\)|transparent/.test(background) ? '#ffffff' : background,
      text: cs.color,
      muted: muted ? getComputedStyle(muted).color : cs.color,
    },
  })
  return { svg, width: layout.width, height: layout.height }
}

function save(blob: Blob, name: string) {
  const a = document.createElement('a')
  a.href = URL.createObjectURL(blob)
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000)
}

async function toPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const img = new Image()
  // A data: URL: the page's CSP allows data: images, and nothing leaves the browser.
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await img.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(width * scale)
  canvas.height = Math.round(height * scale)
  const g = canvas.getContext('2d')
  if (!g) throw new Error('no canvas')
  g.drawImage(img, 0, 0, canvas.width, canvas.height)
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
  )
}

/** Makes and saves one download of the frame. */
export async function downloadFrame(frame: HTMLElement, info: FrameExport, format: FrameFormat): Promise<void> {
  if (format === 'csv') {
    const t = info.data?.()
    if (!t) return
    save(new Blob([toCsv(t.header, t.rows)], { type: 'text/csv;charset=utf-8' }), `${info.fileName}.csv`)
    return
  }
  const screen = Math.max(640, Math.round(frame.getBoundingClientRect().width))
  if (format === 'svg') {
    const { svg } = frameSvg(frame, info, screen)
    save(new Blob([svg], { type: 'image/svg+xml' }), `${info.fileName}.svg`)
    return
  }
  const social = format === 'png-social'
  const { svg, width, height } = social
    ? frameSvg(frame, info, SOCIAL.width, SOCIAL.height)
    : frameSvg(frame, info, screen)
  save(await toPng(svg, width, height, social ? 1 : 2), `${info.fileName}${social ? '-1200x630' : ''}.png`)
}
