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
