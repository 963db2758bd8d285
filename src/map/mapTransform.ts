/**
 * The world map's frame as the browser handles it: its drawing size and the zoom
 * and pan transforms. No geometry, so the pages that zoom and pan do not load
 * d3-geo. Pure.
 */

/** The map's fixed drawing size; the SVG scales to its box with `viewBox`. */
export const MAP_WIDTH = 960
export const MAP_HEIGHT = 500

export interface ZoomTransform {
  k: number
  x: number
  y: number
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 }

/** The deepest zoom of the world map. */
export const MAX_ZOOM = 12

/** The transform as a link keeps it: the scale to two decimals, the pan to whole units of the map. */
export function inLinkPrecision(t: ZoomTransform): ZoomTransform {
  // `|| 0` writes a pan of -0.4 as 0, not -0.
  return { k: Math.round(t.k * 100) / 100, x: Math.round(t.x) || 0, y: Math.round(t.y) || 0 }
}

/** Whether two transforms are the same view once a link has kept them. */
export const sameInLink = (a: ZoomTransform, b: ZoomTransform): boolean => {
  const p = inLinkPrecision(a)
  const q = inLinkPrecision(b)
  return p.k === q.k && p.x === q.x && p.y === q.y
}

/** The transform zoomed by `factor` about the map's centre, within [1, MAX_ZOOM]; the same one when nothing changes. */
export function zoomAboutCentre(
  t: ZoomTransform,
  factor: number,
  width = MAP_WIDTH,
  height = MAP_HEIGHT,
): ZoomTransform {
  const k = Math.min(MAX_ZOOM, Math.max(1, t.k * factor))
  if (k === t.k) return t
  if (k === 1) return IDENTITY
  const cx = width / 2
  const cy = height / 2
  return { k, x: cx - ((cx - t.x) / t.k) * k, y: cy - ((cy - t.y) / t.k) * k }
}

/** The transform panned by (dx, dy); the world view does not pan. */
export const panBy = (t: ZoomTransform, dx: number, dy: number): ZoomTransform =>
  t.k === 1 ? t : { ...t, x: t.x + dx, y: t.y + dy }

/**
 * The transform that frames a box of the map (projected units, as an SVG path's
 * `getBBox()` gives it) with some padding, clamped to [1, maxK].
 */
export function zoomToBox(
  box: { x: number; y: number; width: number; height: number },
  width = MAP_WIDTH,
  height = MAP_HEIGHT,
  maxK = MAX_ZOOM,
): ZoomTransform {
  const w = Math.max(box.width, 1)
  const h = Math.max(box.height, 1)
  const k = Math.min(maxK, Math.max(1, 0.6 / Math.max(w / width, h / height)))
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  return inLinkPrecision({ k, x: width / 2 - k * cx, y: height / 2 - k * cy })
}
