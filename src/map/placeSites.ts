/**
 * Where a conflict's sites fall on its locator map, worked out when the page is
 * built: a point's position, or a corridor's path, in the map's own units. The
 * page is given these with its shapes, so the browser projects nothing and loads
 * no d3-geo. Pure.
 */
import { geoPath } from 'd3-geo'
import type { Site } from '../data/schema'
import { compactPath } from './compactPath'
import { makeLocatorProjection, type PlacedSite, type RegionShapes } from './locator'

/** Each site inside the frame, in the order given; points outside it are left out. */
export function placeSites(region: Omit<RegionShapes, 'placed'>, sites: readonly Site[]): PlacedSite[] {
  const projection = makeLocatorProjection(region.frame, region.width, region.height)
  const path = geoPath(projection).digits(1)
  return sites.flatMap((s): PlacedSite[] => {
    if (s.geometry.type === 'LineString') return [{ id: s.id, d: compactPath(path(s.geometry) ?? ''), x: 0, y: 0 }]
    const p = projection(s.geometry.coordinates)
    if (!p || p[0] < 0 || p[0] > region.width || p[1] < 0 || p[1] > region.height) return []
    return [{ id: s.id, d: '', x: Math.round(p[0] * 10) / 10, y: Math.round(p[1] * 10) / 10 }]
  })
}
