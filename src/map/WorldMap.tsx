import { memo, startTransition, useEffect, useMemo, useRef, useState } from 'react'
import { CountryShape, type CountryHandlers } from './CountryShape'
import { FocusOutline } from './FocusOutline'
import { MapMarkers, MapSites } from './MapMarks'
import { MapPatterns } from './MapPatterns'
import { MAP_HEIGHT, MAP_WIDTH, type ZoomTransform } from './mapTransform'
import { useMapZoom } from './useMapZoom'
import { useRovingFocus } from './useRovingFocus'
import { drawsWorld, ensureWorldPaths, useWorldPaths, type WorldCountry } from './worldPaths'
import type { MapTarget } from './mapPreview'
import './siteSymbols.css'
import './WorldMap.css'

export interface CountryLook {
  fill: string
  /** Belligerent or backer: outlined. */
  party: boolean
  /** Mediates a conflict shown: striped. */
  mediator?: boolean
  highlighted: boolean
  /** Its accessible name; a party or mediator with one opens a preview. */
  label?: string
}

export interface MapMarker {
  id: string
  x: number
  y: number
  fill: string
  label: string
  selected: boolean
  /** Set when its status changed as the date last moved: it is ringed. A new value plays the pulse again. */
  changed?: string
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
  /** A click, tap, Enter or Space on a country with a role or a marker. */
  onOpen: (target: MapTarget, el: Element, via: 'pointer' | 'keyboard') => void
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
  /** The map's items in the order of the list: one tab stop, the arrow keys move along it. */
  focusOrder?: readonly string[]
  transform: ZoomTransform
  title: string
  description: string
}

/** The id of the world map's element (a page has one map). */
const WORLD_MAP_ID = 'world-map'

/**
 * The world map: countries as SVG paths (strings computed once), markers and
 * sites on top, d3-zoom for wheel, drag and two-finger gestures (useMapZoom).
 */
export const WorldMap = memo(function WorldMap(props: Props) {
  const { countries, looks, defaultFill, markers, sites, transform, onZoomEnd, focusOrder = NO_ITEMS } = props
  const svgRef = useRef<SVGSVGElement>(null)
  const gRef = useRef<SVGGElement>(null)
  const world = useWorldPaths()
  // A map first rendered without paths is hydrating the prerendered markup, which keeps drawing
  // them: it never writes them again (182 shapes re-parsed as the page wakes). A map mounted
  // with no markup learns so after mounting and waits for the fetched paths.
  const [markupDraws, setMarkupDraws] = useState(world === null)
  const paths = markupDraws ? null : world
  useEffect(() => {
    const svg = svgRef.current
    if (!svg) return
    if (!drawsWorld(svg)) setMarkupDraws(false)
    ensureWorldPaths(svg)
  }, [])
  useMapZoom(svgRef, gRef, transform, onZoomEnd)
  const marksRef = useRef<SVGGElement>(null)
  const pxPerUnit = useScreenScale(svgRef, marksRef)
  const roving = useRovingFocus(svgRef, focusOrder)
  // The focused country's path, read from its element: a hydrated map holds no path data of its own.
  const [focusedD, setFocusedD] = useState<string | null>(null)

  // Stable handlers that always call the latest props, so memoised shapes never re-render for them.
  const propsRef = useRef(props)
  useEffect(() => {
    propsRef.current = props
  })
  const handlers = useMemo<CountryHandlers>(
    () => ({
      onEnter: (el, iso3, x, y) => propsRef.current.onHover(el, { kind: 'country', id: iso3 }, { x, y }),
      onFocus: (el, iso3) => {
        propsRef.current.onHover(el, { kind: 'country', id: iso3 })
        setFocusedD(el.matches(':focus-visible') ? el.getAttribute('d') : null)
      },
      onLeave: () => {
        propsRef.current.onHover(null, null)
        setFocusedD(null)
      },
      onOpen: (el, iso3, via) => propsRef.current.onOpen({ kind: 'country', id: iso3 }, el, via),
    }),
    [],
  )

  return (
    <svg
      ref={svgRef}
      id={WORLD_MAP_ID}
      className="world-map"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="group"
      aria-labelledby="map-title map-desc"
      tabIndex={-1}
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
    >
      <title id="map-title">{props.title}</title>
      <desc id="map-desc">{props.description}</desc>
      <MapPatterns />
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
                mediator={look?.mediator ?? false}
                highlighted={look?.highlighted ?? false}
                label={look && (look.party || look.mediator) ? look.label : undefined}
                tabbable={roving.active === `country:${c.iso3}`}
                handlers={handlers}
              />
            )
          })}
        </g>
        <path d={paths?.get('borders')} data-key="borders" className="borders" suppressHydrationWarning />
        <FocusOutline d={focusedD ?? undefined} />
        <MapSites sites={sites} onHover={props.onHover} />
        <MapMarkers
          groupRef={marksRef}
          markers={markers}
          pxPerUnit={pxPerUnit}
          k={transform.k}
          activeKey={roving.active}
          onHover={props.onHover}
          onOpen={(el, id, via) => props.onOpen({ kind: 'marker', id }, el, via)}
        />
      </g>
    </svg>
  )
})

const NO_ITEMS: readonly string[] = []

/**
 * Screen pixels per map unit, kept as `--u` (units per pixel) on the markers' group for the
 * fixed-size marks: set there, only the marks restyle, not every shape of the map.
 * Measured by a ResizeObserver alone: its first report comes with the browser's own layout,
 * where reading the size at hydration would force one more layout of the whole page. The
 * markers' spread follows as a transition, so it yields to the browser.
 */
function useScreenScale(
  svgRef: React.RefObject<SVGSVGElement | null>,
  marksRef: React.RefObject<SVGGElement | null>,
): number {
  const [scale, setScale] = useState(1)
  useEffect(() => {
    const svg = svgRef.current
    if (!svg) return
    const ro = new ResizeObserver(([entry]) => {
      const w = entry?.contentRect.width ?? 0
      if (w <= 0) return
      marksRef.current?.style.setProperty('--u', String(MAP_WIDTH / w))
      startTransition(() => setScale(Math.round((w / MAP_WIDTH) * 100) / 100))
    })
    ro.observe(svg)
    return () => ro.disconnect()
  }, [svgRef, marksRef])
  return scale
}
