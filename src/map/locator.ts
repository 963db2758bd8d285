/**
 * Locator maps of conflict pages: the region each one frames and its projection.
 * Pure; shared by the build script that pre-cuts the detailed (1:50m) shapes and
 * by the page that draws them, so both project the same way.
 */
import { geoMercator, type GeoProjection } from 'd3-geo'

export const LOCATOR_WIDTH = 640
export const LOCATOR_HEIGHT = 420

/** [[west, south], [east, north]] in degrees. */
export type Extent = [[number, number], [number, number]]

/**
 * The frame of each conflict's locator map: the parties' theatre and the sites
 * the atlas records, not the whole of large parties such as Russia. A cartographic
 * choice, not a claim about where a conflict ends.
 */
export const LOCATOR_EXTENT: Record<string, Extent> = {
  'russia-ukraine': [
    [21.5, 43.5],
    [41.5, 53],
  ],
  'drc-rwanda': [
    [12, -13.8],
    [31.5, 0.5],
  ],
  'armenia-azerbaijan': [
    [43, 38.2],
    [50.8, 41.9],
  ],
  'india-pakistan': [
    [60, 23],
    [79.5, 37.5],
  ],
  'cambodia-thailand': [
    [96.5, 1.5],
    [108.5, 20.5],
  ],
  'egypt-ethiopia': [
    [24, 3],
    [48, 32],
  ],
  'kosovo-serbia': [
    [18.5, 41.7],
    [23.2, 46.3],
  ],
  'israel-iran': [
    [33, 24],
    [64, 40],
  ],
  'israel-hamas': [
    [32.2, 27.5],
    [36.2, 33.5],
  ],
}

/** A Mercator projection that fits the extent into the locator box. */
export function makeLocatorProjection(extent: Extent, width = LOCATOR_WIDTH, height = LOCATOR_HEIGHT): GeoProjection {
  const [[w, s], [e, n]] = extent
  // Fit the corners as points: a polygon's winding would decide whether d3 reads it as the box or its complement.
  return geoMercator()
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
        ],
      },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ])
}

export interface RegionShapes {
  conflict: string
  /** The frame the shapes were cut and projected to. */
  frame: Extent
  width: number
  height: number
  countries: Array<{ iso3: string | null; name: string; d: string; label: [number, number] | null }>
}

/** Type guard for a region file, checked when it is loaded. */
export function isRegionShapes(x: unknown): x is RegionShapes {
  const r = x as RegionShapes
  return (
    !!r &&
    typeof r.conflict === 'string' &&
    Array.isArray(r.frame) &&
    Array.isArray(r.countries) &&
    typeof r.width === 'number'
  )
}

/**
 * Drops points closer than `tolerance` pixels to the last kept point of an
 * absolute M/L/Z path: at locator scale the 1:50m coastlines carry far more
 * detail than a screen shows.
 */
export function thinPath(d: string, tolerance = 0.8): string {
  const out: string[] = []
  const re = /([MLZ])([^MLZ]*)/g
  let last: [number, number] | null = null
  let pendingLast: string | null = null
  for (const m of d.matchAll(re)) {
    const cmd = m[1]
    if (cmd === 'Z') {
      if (pendingLast) out.push(pendingLast)
      pendingLast = null
      out.push('Z')
      continue
    }
    const [xs, ys] = (m[2] ?? '').split(',')
    const x = Number(xs)
    const y = Number(ys)
    if (cmd === 'M') {
      if (pendingLast) out.push(pendingLast)
      pendingLast = null
      out.push(`M${xs},${ys}`)
      last = [x, y]
    } else if (last && Math.hypot(x - last[0], y - last[1]) < tolerance) {
      // Keep the ring's final point even if close, so the shape closes where it should.
      pendingLast = `L${xs},${ys}`
    } else {
      pendingLast = null
      out.push(`L${xs},${ys}`)
      last = [x, y]
    }
  }
  if (pendingLast) out.push(pendingLast)
  return out.join('')
}

export interface LabelCandidate {
  id: string
  text: string
  x: number
  y: number
  /** Font size in px; label width is estimated from it. */
  size: number
  /** Country labels sit centred on their point; site labels beside their symbol. */
  kind: 'centre' | 'beside'
}

export interface PlacedLabel {
  id: string
  text: string
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
}

type Box = [number, number, number, number]
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]

/**
 * Greedy label placement: candidates in the order given (most important first),
 * each at the first position that stays inside the box and clears the labels and
 * symbols already placed; a label with no such position is dropped (the page's
 * site list still names it).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  symbols: ReadonlyArray<[number, number]>,
  width: number,
  height: number,
): PlacedLabel[] {
  const taken: Box[] = symbols.map(([x, y]) => [x - 6, y - 6, x + 6, y + 6])
  const out: PlacedLabel[] = []
  for (const c of candidates) {
    const w = c.text.length * c.size * 0.56
    const h = c.size * 1.15
    const options: Array<{ box: Box; x: number; y: number; anchor: PlacedLabel['anchor'] }> =
      c.kind === 'centre'
        ? [{ box: [c.x - w / 2, c.y - h * 0.8, c.x + w / 2, c.y + h * 0.3], x: c.x, y: c.y, anchor: 'middle' }]
        : [
            {
              box: [c.x + 8, c.y - h * 0.75, c.x + 8 + w, c.y + h * 0.35],
              x: c.x + 8,
              y: c.y + c.size * 0.35,
              anchor: 'start',
            },
            {
              box: [c.x - 8 - w, c.y - h * 0.75, c.x - 8, c.y + h * 0.35],
              x: c.x - 8,
              y: c.y + c.size * 0.35,
              anchor: 'end',
            },
            { box: [c.x - w / 2, c.y - 8 - h, c.x + w / 2, c.y - 8], x: c.x, y: c.y - 10, anchor: 'middle' },
            { box: [c.x - w / 2, c.y + 8, c.x + w / 2, c.y + 8 + h], x: c.x, y: c.y + 8 + c.size, anchor: 'middle' },
          ]
    const fit = options.find(
      (o) =>
        o.box[0] >= 2 &&
        o.box[1] >= 2 &&
        o.box[2] <= width - 2 &&
        o.box[3] <= height - 2 &&
        !taken.some((t) => overlaps(t, o.box)),
    )
    if (!fit) continue
    taken.push(fit.box)
    out.push({ id: c.id, text: c.text, x: fit.x, y: fit.y, anchor: fit.anchor })
  }
  return out
}
