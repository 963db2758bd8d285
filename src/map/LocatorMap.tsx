import { useMemo } from 'react'
import type { Site } from '../data/schema'
import { siteSymbol } from './siteSymbols'
import { placeLabels, type LabelCandidate } from './labelPlacement'
import type { RegionShapes } from './locator'
import './siteSymbols.css'
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

  const isParty = (iso3: string | null) => iso3 !== null && parties.includes(iso3)
  const labels = useMemo(() => {
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
  const partyLabels = new Set(region.countries.filter((c) => isParty(c.iso3)).map((c) => `c-${c.name}`))
  const titleId = `loc-title-${region.conflict}`
  return (
    <figure className="locator">
      <svg viewBox={`0 0 ${region.width} ${region.height}`} role="img" aria-labelledby={titleId}>
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
