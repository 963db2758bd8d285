import { Frame } from '../../components/frame/Frame'
import type { FrameTable } from '../../components/frame/frameTypes'
import type { CountryShare } from '../../data/minerals'
import { countryName } from '../../data/countryName'
import { IDENTITY } from '../../map/mapTransform'
import { MapLegend } from '../../map/MapLegend'
import type { CountryLook } from '../../map/WorldMap'
import { WorldMap } from '../../map/WorldMap'
import type { WorldCountry } from '../../map/worldPaths'
import type { mineralModel } from './mineralModel'
import { mineralMapText } from './mineralMapText'

type MineralModel = NonNullable<ReturnType<typeof mineralModel>>

const noop = () => undefined

/** The shares the map shows, largest first, as a table. Pure. */
export function sharesTable(shares: readonly CountryShare[], unit: string, parties: ReadonlySet<string>): FrameTable {
  return {
    header: ['iso3', 'country', 'usgs_name', 'value', 'unit', 'usgs_cell', 'share_of_world_percent', 'conflict_party'],
    rows: shares.map((s) => [
      s.iso3,
      countryName(s.iso3),
      s.usgsName,
      s.value,
      unit,
      s.cell.raw,
      s.share === null ? null : Math.round(s.share * 100) / 100,
      parties.has(s.iso3) ? 'yes' : 'no',
    ]),
  }
}

/** A mineral's world map of shares in its self-credited frame: title, as of when, legend, USGS credit, downloads. */
export function MineralMapFrame({
  model,
  measure,
  countries,
  looks,
  titleAs,
}: {
  titleAs?: 'p' | 'h1'
  model: Pick<MineralModel, 'resource' | 'table' | 'shares' | 'partyIsos' | 'unit'>
  measure: 'reserves' | 'production'
  countries: readonly WorldCountry[]
  looks: ReadonlyMap<string, CountryLook>
}) {
  const { resource, table, shares, partyIsos, unit } = model
  const name = resource.name.toLowerCase()
  const text = mineralMapText(resource, table, measure)
  return (
    <Frame
      titleAs={titleAs}
      className="mineral-map-frame"
      text={{
        ...text,
        fileName: `mineral-peace-atlas-${resource.id}-${measure}`,
        data: () => sharesTable(shares, unit, partyIsos),
        embedPath: `/embed/minerals/${resource.id}`,
        citePath: `/minerals/${resource.id}`,
      }}
      legend={<MapLegend mineralName={resource.name} measureLabel={measure} showSites={false} markers={false} />}
    >
      <div className="map-wrap map-wrap--static">
        <WorldMap
          countries={countries}
          looks={looks}
          defaultFill="var(--land)"
          markers={[]}
          sites={[]}
          transform={IDENTITY}
          onZoomEnd={noop}
          onOpen={noop}
          onHover={noop}
          title={`World map of ${name} ${measure} by country`}
          description="The ranked list below gives the same figures as text."
        />
      </div>
    </Frame>
  )
}
