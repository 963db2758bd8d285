/**
 * What the world map's frame says and downloads: its title (naming the layer),
 * a subtitle with what is shown and as of when, the credit, the data shown as a
 * table, the file name and the address of its embed. Pure.
 */
import type { Conflict } from '../../data/schema'
import { currentStatus, type DatasetIndex } from '../../data/selectors'
import { formatDate } from '../../lib/format'
import { CONFLICT_STATUS_LABEL } from '../../lib/labels'
import { countryName } from '../../data/countryName'
import { layerPath } from '../../map/mapLocation'
import { statusOn } from '../../map/mapDate'
import { partyStatusByCountry } from '../../map/mapModel'
import type { MapView } from '../../map/mapParams'
import type { FrameTable } from '../../components/frame/frameTypes'
import type { MapPageModel } from './mapPageModel'

export const USGS_CREDIT = 'USGS Mineral Commodity Summaries 2026 (public domain)'
const ATLAS_CREDIT =
  'conflicts, deals and statuses from the Mineral Peace Atlas dataset (each fact sourced on its page)'
const BORDERS_CREDIT = 'borders from Natural Earth via world-atlas (de facto lines, no endorsement)'

export interface MapFrameText {
  title: string
  subtitle: string
  sources: string[]
  fileName: string
  embedPath: string
  /** The layer's own page: what a citation cites. */
  pagePath: string
}

export function mapFrameText(
  model: Pick<MapPageModel, 'mineralName' | 'caption'>,
  view: Pick<MapView, 'mineral' | 'measure'> & { date?: string | null },
  freshness: { latestEvent: string; checkedThrough: string },
): MapFrameText {
  const measure = view.measure === 'reserves' ? 'reserves' : 'production'
  const path = layerPath(view.mineral, view.measure)
  const asOf = `Latest sourced event ${formatDate(freshness.latestEvent)}; sources checked through ${formatDate(freshness.checkedThrough)}.`
  return {
    title: model.mineralName
      ? `${model.mineralName} ${measure}: each country's share of the world, with the conflicts and their deals`
      : `The conflicts and their peace deals, shaded by each conflict’s ${view.date ? `status on ${formatDate(view.date)}` : 'latest status'}`,
    subtitle: model.mineralName
      ? `Share of the USGS world total of ${model.mineralName.toLowerCase()} ${measure}, by country; ${model.caption}. ${asOf}`
      : `${model.caption.charAt(0).toUpperCase()}${model.caption.slice(1)}. ${asOf}`,
    sources: model.mineralName ? [USGS_CREDIT, ATLAS_CREDIT, BORDERS_CREDIT] : [ATLAS_CREDIT, BORDERS_CREDIT],
    fileName: `mineral-peace-atlas-map${view.mineral ? `-${view.mineral}-${measure}` : ''}`,
    embedPath: path === '/' ? '/embed/map' : `/embed${path}`,
    pagePath: path,
  }
}

/** The data the map shows: each country's share on a mineral layer, else each conflict's status (on `date`, if one). */
export function mapFrameTable(
  ix: DatasetIndex,
  model: Pick<MapPageModel, 'shares'>,
  shown: readonly Conflict[],
  date: string | null = null,
): FrameTable {
  if (model.shares) {
    const parties = partyStatusByCountry(ix, shown, date)
    const rows = [...model.shares.values()].sort((a, b) => (b.share ?? -1) - (a.share ?? -1))
    return {
      header: ['iso3', 'country', 'usgs_name', 'value', 'usgs_cell', 'share_of_world_percent', 'conflict_party'],
      rows: rows.map((s) => [
        s.iso3,
        countryName(s.iso3),
        s.usgsName,
        s.value,
        s.cell.raw,
        s.share === null ? null : Math.round(s.share * 100) / 100,
        parties.has(s.iso3) ? 'yes' : 'no',
      ]),
    }
  }
  if (date)
    return {
      header: ['conflict_id', 'conflict', 'status', 'status_since', 'map_date'],
      rows: shown.map((c) => {
        const s = statusOn(c, date) ?? currentStatus(c)
        return [c.id, c.name, CONFLICT_STATUS_LABEL[s.status], s.date, date]
      }),
    }
  return {
    header: ['conflict_id', 'conflict', 'latest_status', 'status_since'],
    rows: shown.map((c) => {
      const s = currentStatus(c)
      return [c.id, c.name, CONFLICT_STATUS_LABEL[s.status], s.date]
    }),
  }
}
