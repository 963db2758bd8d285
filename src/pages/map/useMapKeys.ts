import type { KeyboardEvent } from 'react'
import { IDENTITY, panBy, zoomAboutCentre, type ZoomTransform } from '../../map/mapTransform'

const STEP = 40

/** The map's keys (with an item of the map focused): + and − zoom, Shift + arrows pan, 0 resets. */
export function mapKeyHandler(zoom: ZoomTransform, setZoom: (z: ZoomTransform) => void, onEscape: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === '+' || e.key === '=') setZoom(zoomAboutCentre(zoom, 1.5))
    else if (e.key === '-' || e.key === '_') setZoom(zoomAboutCentre(zoom, 1 / 1.5))
    else if (e.key === '0') setZoom(IDENTITY)
    else if (e.key === 'ArrowLeft' && e.shiftKey) setZoom(panBy(zoom, STEP, 0))
    else if (e.key === 'ArrowRight' && e.shiftKey) setZoom(panBy(zoom, -STEP, 0))
    else if (e.key === 'ArrowUp' && e.shiftKey) setZoom(panBy(zoom, 0, STEP))
    else if (e.key === 'ArrowDown' && e.shiftKey) setZoom(panBy(zoom, 0, -STEP))
    else if (e.key === 'Escape') onEscape()
    else return
    e.preventDefault()
  }
}
