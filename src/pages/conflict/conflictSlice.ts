/** The records a conflict's page shows. Pure. */
import type { Conflict } from '../../data/schema'
import {
  agreementsOfConflict,
  assessmentsOfConflict,
  discrepanciesOfConflict,
  sitesOfConflict,
  stakesOfConflict,
  type DatasetIndex,
} from '../../data/selectors'
import { complete, type Slice } from '../../data/slice'
import { thinAgreement } from '../../data/thin'
import { correctionsNaming } from '../../data/recordChanges'

export function conflictSlice(ix: DatasetIndex, conflict: Conflict): Slice {
  return complete(ix, {
    conflicts: [conflict],
    agreements: agreementsOfConflict(ix, conflict.id).map((a) => thinAgreement(a, { cited: true })),
    stakes: stakesOfConflict(ix, conflict.id),
    sites: sitesOfConflict(ix, conflict.id),
    assessments: assessmentsOfConflict(ix, conflict.id),
    discrepancies: discrepanciesOfConflict(ix, conflict.id),
    changelog: correctionsNaming(ix.data.changelog, [conflict.id, conflict.name, conflict.shortName]),
  })
}
