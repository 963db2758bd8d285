import { useEffect, useMemo, useState } from 'react'
import { geoPath } from 'd3-geo'
import type { Site } from '../data/schema'
import { siteSymbol } from './siteSymbols'
import {
  LOCATOR_EXTENT,
  isRegionShapes,
  makeLocatorProjection,
  placeLabels,
  type LabelCandidate,
  type RegionShapes,
} from './locator'
import './siteSymbols.css'
import './LocatorMap.css'

const REGIONS = import.meta.glob<{ default: unknown }>('../generated/regions/*.json')

function loadRegion(conflictId: string): Promise<RegionShapes | null> {
  const loader = REGIONS[`../generated/regions/${conflictId}.json`]
  if (!loader) return Promise.resolve(null)
  return loader().then((m) => (isRegionShapes(m.default) ? m.default : null))
}

/**
 * A detailed map of one conflict's region: the parties' shapes (pre-cut 1:50m,
 * loaded only here) with the sites the atlas records.
 */
export function LocatorMap({
  conflictId,
  conflictName,
  parties,
  partyFill,
  sites,
}: {
  conflictId: string
  conflictName: string
  parties: readonly string[]
  partyFill: string
  sites: readonly Site[]
}) {
  const [region, setRegion] = useState<RegionShapes | null | 'loading'>('loading')
  useEffect(() => {
    let live = true
    loadRegion(conflictId).then(
      (r) => live && setRegion(r),
      () => live && setRegion(null),
    )
    return () => {
      live = false
    }
  }, [conflictId])
  const extent = LOCATOR_EXTENT[conflictId]
  const projected = useMemo(() => {
    if (!extent) return []
    const projection = makeLocatorProjection(extent)
    const path = geoPath(projection)
    return sites.flatMap((s) => {
      if (s.geometry.type === 'LineString') return [{ site: s, d: path(s.geometry) ?? '', x: 0, y: 0 }]
      const p = projection(s.geometry.coordinates)
      if (!p || p[0] < 0 || p[0] > 640 || p[1] < 0 || p[1] > 420) return []
      return [{ site: s, d: '', x: p[0], y: p[1] }]
    })
  }, [extent, sites])

  const isParty = (iso3: string | null) => iso3 !== null && parties.includes(iso3)
  const labels = useMemo(() => {
    if (!region || region === 'loading') return []
    const points = projected.filter((p) => !p.d)
    const countryLabel = (c: RegionShapes['countries'][number]): LabelCandidate[] =>
      c.label
        ? [
            {
              id: `c-${c.name}`,
              text: c.name,
              x: c.label[0],
              y: c.label[1],
              size: isParty(c.iso3) ? 13 : 11,
              kind: 'centre',
            },
          ]
        : []
    // Most important first: the parties' names, then the sites, then the neighbours.
    const candidates: LabelCandidate[] = [
      ...region.countries.filter((c) => isParty(c.iso3)).flatMap(countryLabel),
      ...points.map((p) => ({
        id: `s-${p.site.id}`,
        text: p.site.name,
        x: p.x,
        y: p.y,
        size: 10.5,
        kind: 'beside' as const,
      })),
      ...region.countries.filter((c) => !isParty(c.iso3)).flatMap(countryLabel),
    ]
    return placeLabels(
      candidates,
      points.map((p) => [p.x, p.y]),
      region.width,
      region.height,
    )
    // isParty only reads `parties`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [region, projected, parties])
  const partyLabels = new Set(
    region && region !== 'loading' ? region.countries.filter((c) => isParty(c.iso3)).map((c) => `c-${c.name}`) : [],
  )

  if (!extent) return null
  if (region === 'loading')
    return <div className="locator locator--loading" aria-busy="true" aria-label="Loading the regional map" />
  if (region === null) return <p className="muted">The regional map could not be loaded.</p>
  return (
    <figure className="locator">
      <svg viewBox={`0 0 ${region.width} ${region.height}`} role="img" aria-labelledby={`loc-title-${conflictId}`}>
        <title id={`loc-title-${conflictId}`}>
          Map of the {conflictName} region with {projected.length} sites
        </title>
        <rect width={region.width} height={region.height} className="locator__sea" />
        {region.countries.map((c) => (
          <path
            key={c.iso3 ?? c.name}
            d={c.d}
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
            className={
              l.id.startsWith('s-')
                ? 'locator__site-label'
                : `locator__label${partyLabels.has(l.id) ? ' is-party' : ''}`
            }
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
