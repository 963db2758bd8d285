/**
 * The charts of the social cards, as markup for `SocialCard.chart`: a locator's
 * region or the world map with countries filled by the caller's rule, and the
 * timeline's lanes. Fills may be design tokens. Build time only (the world map
 * is projected from the topology here). Pure.
 */
import { escapeXml } from '../lib/svgText'
import type { RegionShapes } from '../map/locator'
import { MAP_HEIGHT, MAP_WIDTH } from '../map/mapTransform'
import { worldGeometry, worldPathData } from '../map/worldGeometry'
import type { LaneSpec, TimelineItem } from '../timeline/timelineLayout'
import { layoutTimeline } from '../timeline/timelineLayout'
import type { CardChart } from './socialImage'

/** How a country is drawn: its fill, and an outline when it is marked. */
export interface CountryPaint {
  fill: string
  outline?: string
}
type PaintOf = (iso3: string | null) => CountryPaint | undefined

const country = (d: string, p: CountryPaint | undefined, base: string) =>
  `<path d="${d}" fill="${p?.fill ?? base}" stroke="var(--border-line)" stroke-width="0.6"/>` +
  (p?.outline ? `<path d="${d}" fill="none" stroke="${p.outline}" stroke-width="1.6"/>` : '')

/** A conflict's region as its locator draws it. */
export function regionChart(region: RegionShapes, paint: PaintOf): CardChart {
  const shapes = region.countries.map((c) => country(c.d, paint(c.iso3), 'var(--land)'))
  // Outlines last, so a marked country's edge is not hidden under its neighbour.
  const plain = shapes.filter((s) => !s.includes('fill="none"'))
  const marked = shapes.filter((s) => s.includes('fill="none"'))
  return {
    width: region.width,
    height: region.height,
    body: `<rect width="${region.width}" height="${region.height}" fill="var(--sea)"/>${[...plain, ...marked].join('')}`,
  }
}

// The world's paths are the same on every card: projected once, not once per card.
let worldPaths: Map<string, string> | null = null

/** The world map (the home map's projection and shapes). */
export function worldChart(paint: PaintOf, base = 'var(--land)'): CardChart {
  const paths = (worldPaths ??= worldPathData())
  const shapes = worldGeometry().countries.map((c) => country(paths.get(c.key) ?? '', paint(c.iso3), base))
  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    body:
      `<path d="${paths.get('sphere') ?? ''}" fill="var(--sea)"/>` +
      [...shapes.filter((s) => !s.includes('fill="none"')), ...shapes.filter((s) => s.includes('fill="none"'))].join(
        '',
      ),
  }
}

/** The timeline's lanes: status bands, a dot for each deal or event, the lanes' names and the years. */
export function timelineChart(
  lanes: readonly LaneSpec[],
  items: readonly TimelineItem[],
  span: { start: string; end: string },
): CardChart {
  const width = 1000
  const l = layoutTimeline(items, lanes, {
    width,
    gutter: 190,
    rowHeight: 14,
    lanePadding: 6,
    minGap: 9,
    ...span,
  })
  const height = l.height + 30
  const bands = l.lanes.flatMap((lane) =>
    lane.bands.map(
      (b) =>
        `<rect x="${b.x0.toFixed(1)}" y="${lane.y}" width="${(b.x1 - b.x0).toFixed(1)}" height="${lane.height}" fill="var(--status-${b.key}-soft)"/>`,
    ),
  )
  const names = l.lanes.map(
    (lane) =>
      `<text x="0" y="${(lane.y + lane.height / 2 + 6).toFixed(1)}" font-size="17" fill="var(--text)">${escapeXml(lane.label)}</text>`,
  )
  const dots = l.marks.map(
    (m) => `<circle cx="${m.x.toFixed(1)}" cy="${m.y.toFixed(1)}" r="4.5" fill="var(--text)" stroke="var(--surface)"/>`,
  )
  const years = l.ticks
    .filter((t) => t.major)
    .map(
      (t) =>
        `<text x="${t.x.toFixed(1)}" y="${height - 6}" font-size="16" text-anchor="middle" fill="var(--text-muted)">${escapeXml(t.label)}</text>`,
    )
  return {
    width,
    height,
    body: `<rect width="${width}" height="${height}" fill="var(--surface)"/>${bands.join('')}${names.join('')}${dots.join('')}${years.join('')}`,
  }
}
