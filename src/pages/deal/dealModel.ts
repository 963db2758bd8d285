/** The deal page's model: the deal, its conflict, what became of it, related deals and the evidence. Pure. */
import type { Agreement, Relation } from '../../data/schema'
import {
  assessmentsOfAgreement,
  collectSources,
  discrepanciesOfAgreement,
  type DatasetIndex,
} from '../../data/selectors'
import { historyLookup, rollUp, withHistory } from '../../data/implementation'
import { agreementStatus } from '../../data/status'
import { dealName } from '../../data/dealHeading'
import { formatDate } from '../../lib/format'
import { AGREEMENT_TYPE_LABEL } from '../../lib/labels'

const RELATION_LABEL: Record<Relation['type'], string> = {
  supersedes: 'Supersedes',
  implements: 'Implements',
  parallel: 'Parallel track',
  follows: 'Follows',
  endorses: 'Endorses',
}
const INVERSE_LABEL: Record<Relation['type'], string> = {
  supersedes: 'Superseded by',
  implements: 'Implemented by',
  parallel: 'Parallel track',
  follows: 'Followed by',
  endorses: 'Endorsed by',
}

/** A deal's relations both ways: those it states, and those other deals state about it. */
export function relatedDeals(ix: DatasetIndex, deal: Agreement): Array<{ label: string; id: string }> {
  return [
    ...deal.relations.map((r) => ({ label: RELATION_LABEL[r.type], id: r.agreement })),
    ...ix.data.agreements.flatMap((a) =>
      a.relations.filter((r) => r.agreement === deal.id).map((r) => ({ label: INVERSE_LABEL[r.type], id: a.id })),
    ),
  ]
}

/** Ids of the deals related to a deal, either way. */
export const relatedIds = (ix: DatasetIndex, deal: Agreement): Set<string> =>
  new Set(relatedDeals(ix, deal).map((r) => r.id))

/** The provision number named by a `#provision-N` hash, or null. */
export function provisionFromHash(hash: string): number | null {
  const m = /^#provision-(\d{1,4})$/.exec(hash)
  return m ? Number(m[1]) : null
}

export function dealModel(ix: DatasetIndex, dealId: string) {
  const deal = ix.agreements.get(dealId)
  if (!deal) return null
  const assessments = assessmentsOfAgreement(ix, deal.id)
  const discrepancies = discrepanciesOfAgreement(ix, deal.id)
  const name = dealName(deal)
  const history = historyLookup(ix.data.implementation)
  const provisions = withHistory(deal, history)
  return {
    deal,
    name,
    path: `/deals/${deal.id}`,
    conflict: deal.conflict ? ix.conflicts.get(deal.conflict) : undefined,
    status: agreementStatus(deal),
    actorName: (id: string) => ix.actors.get(id)?.name ?? id,
    resources: (deal.resources ?? []).map((r) => ix.resources.get(r)).filter((r) => r !== undefined),
    assessments,
    discrepancies,
    related: relatedDeals(ix, deal).map((r) => {
      const a = ix.agreements.get(r.id)
      return {
        ...r,
        title: a ? dealName(a) : r.id,
        date: a ? formatDate(a.date, a.datePrecision, true) : null,
      }
    }),
    provisions,
    rollUp: rollUp(deal, history),
    sources: collectSources(
      ix,
      deal,
      provisions.map((p) => p.history),
      assessments,
      discrepancies,
    ),
    description:
      `${AGREEMENT_TYPE_LABEL[deal.type]}, ${formatDate(deal.date, deal.datePrecision)}. ${deal.summary}`.slice(0, 300),
  }
}

export type DealModel = NonNullable<ReturnType<typeof dealModel>>
