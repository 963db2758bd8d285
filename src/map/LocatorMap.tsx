import { useEffect, useMemo, useRef, useState } from 'react'
import type { Site } from '../data/schema'
import { siteSymbol } from './siteSymbols'
import { placeLabels } from './labelPlacement'
import { labelClass, locatorCandidates, measureLabels } from './locatorLabels'
import type { RegionShapes } from './locator'
import './siteSymbols.css'
import '../components/svg-label.css'
import './LocatorMap.css'

/**
 * A detailed map of one conflict's region: the pre-cut 1:50m shapes of its frame
 * (given with the page's data, so the map is in the prerendered HTML) with the
 * sites the atlas records.
 */
export function LocatorMap({
  region,
  conflictName,
  parties,
  partyFill,
  sites,
}: {
  region: RegionShapes
  conflictName: string
  parties: readonly string[]
  partyFill: string
  sites: readonly Site[]
}) {
  const projected = useMemo(() => {
    const byId = new Map(sites.map((s) => [s.id, s]))
    return (region.placed ?? []).flatMap((p) => {
      const site = byId.get(p.id)
      return site ? [{ ...p, site }] : []
    })
  }, [region, sites])

  // Labels keep at least their CSS size on screen: where the map is drawn smaller than its
  // box (a phone), they grow by as much, and the fewer that fit are placed. Their widths are
  // measured as drawn, so that none placed near the edge runs past it.
  const svgRef = useRef<SVGSVGElement>(null)
  const [fit, setFit] = useState<{ grow: number; widths: ReadonlyMap<string, number> }>({
    grow: 1,
    widths: new Map(),
  })
  const { grow } = fit
  const isParty = (iso3: string | null) => iso3 !== null && parties.includes(iso3)
  const points = useMemo(() => projected.filter((p) => !p.d), [projected])
  useEffect(() => {
    const svg = svgRef.current
    if (!svg || typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(() => {
      const w = svg.getBoundingClientRect().width
      if (w <= 0) return
      const g = Math.max(1, Math.round((region.width / w) * 20) / 20)
      setFit({ grow: g, widths: measureLabels(svg, locatorCandidates(region, points, isParty, g)) })
    })
    ro.observe(svg)
    return () => ro.disconnect()
    // isParty only reads `parties`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [region, points, parties])
  const labels = useMemo(
    () =>
      placeLabels(
        locatorCandidates(region, points, isParty, grow).map((c) => ({ ...c, width: fit.widths.get(c.id) })),
        points.map((p) => [p.x, p.y]),
        region.width,
        region.height,
      ),
    // isParty only reads `parties`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [region, points, parties, grow, fit.widths],
  )
  const partyLabels = new Set(region.countries.filter((c) => isParty(c.iso3)).map((c) => `c-${c.name}`))
  const titleId = `loc-title-${region.conflict}`
  return (
    <figure className="locator">
      <svg ref={svgRef} viewBox={`0 0 ${region.width} ${region.height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`Map of the ${conflictName} region with ${projected.length} sites`}</title>
        <rect width={region.width} height={region.height} className="locator__sea" />
        {region.countries.map((c) => (
          <path
            key={c.iso3 ?? c.name}
            // Empty when hydrating: the prerendered HTML already holds the path, and keeps it.
            d={c.d || undefined}
            suppressHydrationWarning
            className={`locator__country${isParty(c.iso3) ? ' is-party' : ''}`}
            style={isParty(c.iso3) ? { fill: partyFill } : undefined}
            data-iso3={c.iso3 ?? undefined}
          />
        ))}
        {projected.map(({ site, d, x, y }) =>
          d ? (
            <path key={site.id} d={d} className="site site--line locator__corridor">
              <title>{site.name}</title>
            </path>
          ) : (
            <g key={site.id} transform={`translate(${x},${y})`} className="locator__site" data-site-id={site.id}>
              {/* A little larger than on the world map: this map is seen closer. */}
              <path d={siteSymbol(site.kind)} transform="scale(1.2)" className={`site site--${site.kind}`}>
                <title>{`${site.name}: ${site.description}`}</title>
              </path>
            </g>
          ),
        )}
        {labels.map((l) => (
          <text
            key={l.id}
            x={l.x}
            y={l.y}
            textAnchor={l.anchor}
            style={
              grow > 1 ? { fontSize: l.size, ...(l.id.startsWith('s-') ? { strokeWidth: 3 * grow } : {}) } : undefined
            }
            className={labelClass(l.id, partyLabels.has(l.id))}
          >
            {l.text}
          </text>
        ))}
      </svg>
      <figcaption className="muted">
        Shapes: Natural Earth 1:50m via world-atlas (de facto borders, no endorsement). Corridors are drawn
        schematically between their sourced points.
      </figcaption>
    </figure>
  )
}
