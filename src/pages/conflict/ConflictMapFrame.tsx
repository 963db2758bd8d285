import { Frame } from '../../components/frame/Frame'
import type { FrameTable } from '../../components/frame/frameTypes'
import type { Site } from '../../data/schema'
import { formatDate } from '../../lib/format'
import { statusToken } from '../../components/Badges'
import { CONFLICT_STATUS_LABEL } from '../../lib/labels'
import { LocatorLegend } from '../../map/LocatorLegend'
import { LocatorMap } from '../../map/LocatorMap'
import type { RegionShapes } from '../../map/locator'
import type { ConflictModel } from './conflictModel'
import { CONFLICT_MAP_SOURCES, freshnessText } from './conflictMapText'
import '../../map/MapLegend.css'

/** The sites the locator shows, as a table. Pure. */
export function sitesTable(sites: readonly Site[]): FrameTable {
  return {
    header: ['id', 'name', 'kind', 'verification', 'geometry', 'coordinates_lon_lat'],
    rows: sites.map((s) => [
      s.id,
      s.name,
      s.kind,
      s.verification,
      s.geometry.type,
      JSON.stringify(s.geometry.coordinates),
    ]),
  }
}

/**
 * The conflict's locator map in its self-credited frame, with its legend, Download
 * and Share; its parties take the soft shade of the conflict's status. Says so when
 * no regional map could be drawn (`region` null).
 */
export function ConflictMapFrame({ model, region }: { model: ConflictModel; region: RegionShapes | null }) {
  const { conflict, status, sites, freshness } = model
  if (!region) return <p className="muted">No regional map could be drawn for this conflict.</p>
  const label = CONFLICT_STATUS_LABEL[status.status].toLowerCase()
  const partyFill = `var(--status-${statusToken(status.status)}-soft)`
  return (
    <Frame
      className="conflict-map-frame"
      text={{
        title: `Where: ${conflict.name}`,
        subtitle:
          `The parties, shaded by the conflict's status (${label} since ${formatDate(status.date)}), and the ` +
          `${sites.length} sites the atlas records. ${freshnessText(freshness.latestEvent, freshness.checkedThrough, formatDate)}`,
        sources: CONFLICT_MAP_SOURCES,
        fileName: `mineral-peace-atlas-${conflict.id}-map`,
        data: () => sitesTable(sites),
        embedPath: `/embed/conflicts/${conflict.id}`,
        citePath: `/conflicts/${conflict.id}`,
      }}
      legend={<LocatorLegend partyFill={partyFill} partyLabel={`party (${label})`} sites={sites} />}
    >
      <LocatorMap
        region={region}
        conflictName={conflict.name}
        parties={model.partyIso3s}
        partyFill={partyFill}
        sites={sites}
      />
    </Frame>
  )
}
