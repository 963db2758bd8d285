import { useMemo } from 'react'
import { siteSymbol } from './siteSymbols'
import { spreadMarkers } from './spreadMarkers'
import type { MapEvents, MapMarker, MapSite } from './WorldMap'

/** The sites on the world map: corridors as lines, the rest as symbols that keep their size when zoomed. */
export function MapSites({ sites, onHover }: { sites: readonly MapSite[]; onHover: MapEvents['onHover'] }) {
  if (sites.length === 0) return null
  return (
    <g className="sites">
      {sites.map((s) => (
        <path
          key={s.id}
          d={s.d ?? siteSymbol(s.kind)}
          className={s.d ? 'site site--line' : `site site--${s.kind}`}
          data-site-id={s.id}
          style={s.d ? undefined : { transform: `translate(${s.x}px, ${s.y}px) scale(calc(1 / var(--k, 1)))` }}
          onPointerEnter={(e) => onHover(e.currentTarget, { kind: 'site', id: s.id }, { x: e.clientX, y: e.clientY })}
          onPointerLeave={() => onHover(null, null)}
        />
      ))}
    </g>
  )
}

/** A marker's hit target, in screen pixels: at least 24 × 24, as WCAG 2.2 asks of a pointer target. */
export const MARKER_HIT_RADIUS = 13

/**
 * The conflicts' markers: buttons that open a preview, drawn at a fixed screen size
 * (the SVG's units per pixel `--u`, on their group, over the zoom `--k`), spread apart with a leader
 * line back to their anchor where they would collide at the current size and zoom.
 */
export function MapMarkers({
  groupRef,
  markers,
  pxPerUnit,
  k,
  activeKey,
  onHover,
  onOpen,
}: {
  /** The group that holds `--u`, the SVG's units per screen pixel. */
  groupRef?: React.Ref<SVGGElement>
  markers: readonly MapMarker[]
  /** Screen pixels per map unit at zoom 1. */
  pxPerUnit: number
  k: number
  activeKey: string | null
  onHover: MapEvents['onHover']
  onOpen: (el: Element, id: string, via: 'pointer' | 'keyboard') => void
}) {
  const offsets = useMemo(
    () =>
      spreadMarkers(
        markers.map((m) => ({ x: m.x * k * pxPerUnit, y: m.y * k * pxPerUnit })),
        MARKER_HIT_RADIUS * 2 + 2,
      ),
    [markers, k, pxPerUnit],
  )
  return (
    <g className="markers" ref={groupRef}>
      {markers.map((m, i) => {
        const o = offsets[i] ?? { x: 0, y: 0 }
        const moved = o.x !== 0 || o.y !== 0
        const key = `marker:${m.id}`
        return (
          <g
            key={m.id}
            className={`marker${m.selected ? ' marker--selected' : ''}`}
            data-conflict-id={m.id}
            data-focus-key={key}
            role="button"
            aria-haspopup="dialog"
            tabIndex={activeKey === key ? 0 : -1}
            aria-label={m.label}
            style={{ transform: `translate(${m.x}px, ${m.y}px) scale(calc(var(--u, 1) / var(--k, 1)))` }}
            onPointerEnter={(e) =>
              e.pointerType !== 'touch' &&
              onHover(e.currentTarget, { kind: 'marker', id: m.id }, { x: e.clientX, y: e.clientY })
            }
            onPointerLeave={() => onHover(null, null)}
            onFocus={(e) => onHover(e.currentTarget, { kind: 'marker', id: m.id })}
            onBlur={() => onHover(null, null)}
            onClick={(e) => onOpen(e.currentTarget, m.id, e.detail === 0 ? 'keyboard' : 'pointer')}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault()
                onOpen(e.currentTarget, m.id, 'keyboard')
              }
            }}
          >
            {moved && <line x2={o.x} y2={o.y} className="marker__leader" />}
            {moved && <circle r={2.5} className="marker__anchor" fill={m.fill} />}
            <g transform={moved ? `translate(${o.x},${o.y})` : undefined}>
              <circle r={MARKER_HIT_RADIUS} className="marker__hit" />
              {m.changed && (
                // Keyed by the change, so its pulse plays again on each move of the date that passes one.
                <g key={m.changed} className="marker__change" data-testid="marker-changed">
                  <circle r={16} className="marker__ring" />
                  <circle r={16} className="marker__pulse" />
                </g>
              )}
              <circle r={8.5} className="marker__halo" />
              <circle r={5.5} className="marker__dot" fill={m.fill} />
            </g>
          </g>
        )
      })}
    </g>
  )
}
