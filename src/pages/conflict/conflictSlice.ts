/** The records a conflict's page shows. Pure. */
import type { Conflict } from '../../data/schema'
import {
  agreementsOfConflict,
  assessmentsOfConflict,
  discrepanciesOfConflict,
  partyIso3s,
  sitesOfConflict,
  stakesOfConflict,
  type DatasetIndex,
} from '../../data/selectors'
import { complete, type Slice } from '../../data/slice'
import { tableForBars } from '../../data/minerals'
import { thinAgreement, withoutNamedRecordsProse } from '../../data/thin'
import { correctionsNaming } from '../../data/recordChanges'

export function conflictSlice(ix: DatasetIndex, conflict: Conflict): Slice {
  const slice = complete(ix, {
    conflicts: [conflict],
    agreements: agreementsOfConflict(ix, conflict.id).map((a) => thinAgreement(a, { cited: true })),
    stakes: stakesOfConflict(ix, conflict.id),
    sites: sitesOfConflict(ix, conflict.id),
    assessments: assessmentsOfConflict(ix, conflict.id),
    discrepancies: discrepanciesOfConflict(ix, conflict.id),
    changelog: correctionsNaming(ix.data.changelog, [conflict.id, conflict.name, conflict.shortName]),
  })
  // The stakes' bars show the parties and the world's leader: the rest of each USGS table stays on the mineral pages.
  const parties = partyIso3s(ix, conflict)
  return withoutNamedRecordsProse({ ...slice, usgs: slice.usgs?.map((t) => tableForBars(t, parties)) })
}
