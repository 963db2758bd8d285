import { siteSymbol } from './siteSymbols'
import type { MapEvents, MapMarker, MapSite } from './WorldMap'

/** The sites on the world map: corridors as lines, the rest as symbols that keep their size when zoomed. */
export function MapSites({ sites, onHover }: { sites: readonly MapSite[]; onHover: MapEvents['onHover'] }) {
  if (sites.length === 0) return null
  return (
    <g className="sites">
      {sites.map((s) =>
        s.d ? (
          <path
            key={s.id}
            d={s.d}
            className="site site--line"
            data-site-id={s.id}
            onPointerEnter={(e) => onHover(e.currentTarget, { kind: 'site', id: s.id }, { x: e.clientX, y: e.clientY })}
            onPointerLeave={() => onHover(null, null)}
          />
        ) : (
          <path
            key={s.id}
            d={siteSymbol(s.kind)}
            className={`site site--${s.kind}`}
            data-site-id={s.id}
            style={{ transform: `translate(${s.x}px, ${s.y}px) scale(calc(1 / var(--k, 1)))` }}
            onPointerEnter={(e) => onHover(e.currentTarget, { kind: 'site', id: s.id }, { x: e.clientX, y: e.clientY })}
            onPointerLeave={() => onHover(null, null)}
          />
        ),
      )}
    </g>
  )
}

/** The conflicts' markers: links to their pages, with a halo, keeping their size when zoomed. */
export function MapMarkers({
  markers,
  onHover,
  onOpen,
}: {
  markers: readonly MapMarker[]
  onHover: MapEvents['onHover']
  onOpen: (id: string) => void
}) {
  return (
    <g className="markers">
      {markers.map((m) => (
        <g
          key={m.id}
          className={`marker${m.selected ? ' marker--selected' : ''}`}
          data-conflict-id={m.id}
          role="link"
          tabIndex={0}
          aria-label={m.label}
          style={{ transform: `translate(${m.x}px, ${m.y}px) scale(calc(1 / var(--k, 1)))` }}
          onPointerEnter={(e) => onHover(e.currentTarget, { kind: 'marker', id: m.id }, { x: e.clientX, y: e.clientY })}
          onPointerLeave={() => onHover(null, null)}
          onFocus={(e) => onHover(e.currentTarget, { kind: 'marker', id: m.id })}
          onBlur={() => onHover(null, null)}
          onClick={() => onOpen(m.id)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault()
              onOpen(m.id)
            }
          }}
        >
          <circle r={11} className="marker__halo" />
          <circle r={7} className="marker__dot" fill={m.fill} />
        </g>
      ))}
    </g>
  )
}
