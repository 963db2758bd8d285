/** The zoom of each region preset, from the shapes of its countries (build time). Pure. */
import { geoCentroid, geoPath, type GeoProjection } from 'd3-geo'
import type { CountryFeature } from './geo'
import { zoomToBox, type ZoomTransform } from './mapTransform'
import type { RegionPreset } from './regionPresets'

type Box = [[number, number], [number, number]]

const inside = ([x, y]: [number, number], [[w, s], [e, n]]: Box) => x >= w && x <= e && y >= s && y <= n

/** The countries a preset frames. */
export function presetMembers(preset: RegionPreset, countries: readonly CountryFeature[]): CountryFeature[] {
  return countries.filter((c) => {
    const p = geoCentroid(c.feature)
    return inside(p, preset.box) && !(preset.except && inside(p, preset.except))
  })
}

/**
 * The zoom that frames the members' shapes, each cut to the preset's box (so
 * Russia does not stretch Europe to the Pacific, nor French Guiana France).
 */
export function presetZoom(
  preset: RegionPreset,
  countries: readonly CountryFeature[],
  projection: GeoProjection,
): ZoomTransform {
  const path = geoPath(projection)
  const [[w, s], [e, n]] = preset.box
  // Equal Earth's meridians bow out towards the equator: the box is widest at the latitude nearest 0.
  const mid = Math.min(Math.max(0, s), n)
  const [[bx0, by0], [bx1, by1]] = path.bounds({
    type: 'MultiPoint',
    coordinates: [w, e].flatMap((x) => [
      [x, s],
      [x, mid],
      [x, n],
    ]),
  })
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const c of presetMembers(preset, countries)) {
    const [[a, b], [cx, d]] = path.bounds(c.feature)
    x0 = Math.min(x0, Math.max(a, bx0))
    y0 = Math.min(y0, Math.max(b, by0))
    x1 = Math.max(x1, Math.min(cx, bx1))
    y1 = Math.max(y1, Math.min(d, by1))
  }
  if (!Number.isFinite(x0)) return { k: 1, x: 0, y: 0 }
  // zoomToBox leaves 40% of the map as margin for one country; a region fills more of it.
  const [width, height] = [(x1 - x0) * 0.65, (y1 - y0) * 0.65]
  return zoomToBox({ x: (x0 + x1 - width) / 2, y: (y0 + y1 - height) / 2, width, height })
}
