/** The timeline's lanes for a view: one per conflict shown, with its status bands, and the minerals diplomacy. Pure. */
import { statusToken } from '../../components/Badges'
import type { DatasetIndex } from '../../data/selectors'
import type { LaneSpec } from '../../timeline/timelineLayout'

export function timelineLanes(ix: DatasetIndex, chosen: readonly string[], withDiplomacy: boolean): LaneSpec[] {
  const shows = (id: string) => chosen.length === 0 || chosen.includes(id)
  const lanes: LaneSpec[] = ix.data.conflicts
    .filter((c) => shows(c.id))
    .map((c) => ({
      id: c.id,
      label: c.shortName,
      bands: c.statusHistory.map((s) => ({ date: s.date, key: statusToken(s.status) })),
    }))
  if (withDiplomacy && shows('minerals-diplomacy'))
    lanes.push({ id: 'minerals-diplomacy', label: 'Minerals diplomacy', bands: [] })
  return lanes
}
