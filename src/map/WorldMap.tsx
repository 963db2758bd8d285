import { memo, useEffect, useMemo, useRef } from 'react'
import { select } from 'd3-selection'
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom'
import { CountryShape, type CountryHandlers } from './CountryShape'
import { MapMarkers, MapSites } from './MapMarks'
import { MAP_HEIGHT, MAP_WIDTH, MAX_ZOOM, type ZoomTransform } from './mapFrame'
import { ensureWorldPaths, useWorldPaths, type WorldCountry } from './worldPaths'
import './siteSymbols.css'
import './WorldMap.css'

export interface CountryLook {
  fill: string
  /** Conflict party: outlined, focusable, and opens its conflict. */
  party: boolean
  highlighted: boolean
  label: string
}

export interface MapMarker {
  id: string
  x: number
  y: number
  fill: string
  label: string
  selected: boolean
}

export interface MapSite {
  id: string
  kind: string
  label: string
  /** Projected path for lines; point for the rest. */
  d?: string
  x?: number
  y?: number
}

export interface MapEvents {
  onCountryOpen: (iso3: string) => void
  onMarkerOpen: (id: string) => void
  onHover: (
    target: Element | null,
    content: { kind: 'country' | 'marker' | 'site'; id: string } | null,
    point?: { x: number; y: number },
  ) => void
  onZoomEnd: (t: ZoomTransform) => void
}

interface Props extends MapEvents {
  countries: readonly WorldCountry[]
  looks: ReadonlyMap<string, CountryLook>
  defaultFill: string
  markers: readonly MapMarker[]
  sites: readonly MapSite[]
  transform: ZoomTransform
  title: string
  description: string
}

/**
 * The world map: countries as SVG paths (strings computed once), markers and
 * sites on top, d3-zoom for wheel, drag and pinch. The zoom transform is applied
 * to the DOM directly while the gesture runs and committed once it ends.
 */
export const WorldMap = memo(function WorldMap(props: Props) {
  const { countries, looks, defaultFill, markers, sites, transform, onZoomEnd } = props
  const paths = useWorldPaths()
  const svgRef = useRef<SVGSVGElement>(null)
  useEffect(() => {
    if (svgRef.current) ensureWorldPaths(svgRef.current)
  }, [])
  const gRef = useRef<SVGGElement>(null)
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null)
  const onZoomEndRef = useRef(onZoomEnd)
  useEffect(() => {
    onZoomEndRef.current = onZoomEnd
  }, [onZoomEnd])

  useEffect(() => {
    const svg = svgRef.current
    if (!svg) return
    const apply = (k: number, x: number, y: number) => {
      gRef.current?.setAttribute('transform', `translate(${x},${y}) scale(${k})`)
      svg.style.setProperty('--k', String(k))
    }
    const z = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .translateExtent([
        [0, 0],
        [MAP_WIDTH, MAP_HEIGHT],
      ])
      .extent([
        [0, 0],
        [MAP_WIDTH, MAP_HEIGHT],
      ])
      // Wheel zooms only with a modifier or inside the map on desktop; pages still scroll on phones.
      .filter((event: Event) => {
        if (event.type === 'wheel')
          return (
            (event as WheelEvent).ctrlKey ||
            (event as WheelEvent).metaKey ||
            document.activeElement === svg ||
            svg.matches(':hover')
          )
        return !(event as MouseEvent).button
      })
      .on('zoom', (e: { transform: { k: number; x: number; y: number } }) =>
        apply(e.transform.k, e.transform.x, e.transform.y),
      )
      .on('end', (e: { transform: { k: number; x: number; y: number }; sourceEvent: unknown }) => {
        if (e.sourceEvent) onZoomEndRef.current({ k: e.transform.k, x: e.transform.x, y: e.transform.y })
      })
    behaviour.current = z
    select(svg).call(z).on('dblclick.zoom', null)
    return () => {
      select(svg).on('.zoom', null)
    }
  }, [])

  // The URL's transform wins (Back, a shared link, the +/− buttons).
  useEffect(() => {
    const svg = svgRef.current
    const z = behaviour.current
    if (!svg || !z) return
    select(svg).call(z.transform, zoomIdentity.translate(transform.x, transform.y).scale(transform.k))
    gRef.current?.setAttribute('transform', `translate(${transform.x},${transform.y}) scale(${transform.k})`)
    svg.style.setProperty('--k', String(transform.k))
  }, [transform.k, transform.x, transform.y])

  // Stable handlers that always call the latest props, so memoised shapes never re-render for them.
  const propsRef = useRef(props)
  useEffect(() => {
    propsRef.current = props
  })
  const handlers = useMemo<CountryHandlers>(
    () => ({
      onEnter: (el, iso3, x, y) => propsRef.current.onHover(el, { kind: 'country', id: iso3 }, { x, y }),
      onFocus: (el, iso3) => propsRef.current.onHover(el, { kind: 'country', id: iso3 }),
      onLeave: () => propsRef.current.onHover(null, null),
      onOpen: (iso3) => propsRef.current.onCountryOpen(iso3),
    }),
    [],
  )

  return (
    <svg
      ref={svgRef}
      className="world-map"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="group"
      aria-labelledby="map-title map-desc"
      tabIndex={-1}
    >
      <title id="map-title">{props.title}</title>
      <desc id="map-desc">{props.description}</desc>
      <g ref={gRef}>
        {/* While hydrating the paths are undefined here: the prerendered markup draws them, and keeps them. */}
        <path d={paths?.get('sphere')} data-key="sphere" className="sphere" suppressHydrationWarning />
        <g className="countries">
          {countries.map((c) => {
            const look = c.iso3 ? looks.get(c.iso3) : undefined
            return (
              <CountryShape
                key={c.key}
                d={paths?.get(c.key)}
                shapeKey={c.key}
                iso3={c.iso3}
                name={c.name}
                fill={look?.fill ?? defaultFill}
                party={look?.party ?? false}
                highlighted={look?.highlighted ?? false}
                label={look?.label}
                handlers={handlers}
              />
            )
          })}
        </g>
        <path d={paths?.get('borders')} data-key="borders" className="borders" suppressHydrationWarning />
        <MapSites sites={sites} onHover={props.onHover} />
        <MapMarkers markers={markers} onHover={props.onHover} onOpen={props.onMarkerOpen} />
      </g>
    </svg>
  )
})
