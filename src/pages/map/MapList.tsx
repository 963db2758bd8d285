import type { Conflict } from '../../data/schema'
import type { DatasetIndex } from '../../data/selectors'
import { ConflictList } from '../../map/ConflictList'
import { CONFLICTS_LISTED } from '../../map/listRecords'
import type { MapExtra } from './mapData'

/** The conflicts the map shows, as a list beside it: the first few dozen, then a button for the rest. */
export function MapList(props: {
  ix: DatasetIndex
  extra: MapExtra
  shown: readonly Conflict[]
  selected: string | null
  onPoint: (id: string | null) => void
  date: string | null
}) {
  return (
    <section className="list-panel" aria-labelledby="list-heading">
      <h2 id="list-heading">Conflicts on the map</h2>
      <ConflictList
        ix={props.ix}
        deals={props.extra.deals}
        conflicts={props.shown}
        selected={props.selected}
        onPoint={props.onPoint}
        date={props.date}
        limit={CONFLICTS_LISTED}
      />
    </section>
  )
}
