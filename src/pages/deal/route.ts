import type { RouteBuild } from '../routeTypes'
import { assessmentsOfAgreement, discrepanciesOfAgreement } from '../../data/selectors'
import { complete } from '../../data/slice'
import { correctionsNaming } from '../../data/recordChanges'
import { thinAgreement, thinConflict } from '../../data/thin'
import { dealCard } from '../conflict/conflictCard'
import { relatedIds } from './dealModel'

/** A deal's page: the deal, its conflict's name, the deals related to it, the evidence and their sources. */
export const route: RouteBuild = {
  paths: (ix) => ix.data.agreements.map((a) => ({ dealId: a.id })),
  data: ({ ix }, { dealId = '' }) => {
    const deal = ix.agreements.get(dealId)
    if (!deal) return null
    const related = relatedIds(ix, deal)
    const conflict = deal.conflict ? ix.conflicts.get(deal.conflict) : undefined
    return {
      slice: complete(ix, {
        agreements: [deal, ...ix.data.agreements.filter((a) => related.has(a.id)).map((a) => thinAgreement(a))],
        conflicts: conflict ? [thinConflict(conflict)] : [],
        implementation: ix.data.implementation.filter((m) => m.agreement === deal.id),
        assessments: assessmentsOfAgreement(ix, deal.id),
        discrepancies: discrepanciesOfAgreement(ix, deal.id),
        changelog: correctionsNaming(ix.data.changelog, [deal.id, deal.title, deal.commonName ?? '']),
      }),
      extra: null,
    }
  },
  card: (ctx, { dealId = '' }) => {
    const a = ctx.ix.agreements.get(dealId)
    return a ? dealCard(ctx, a) : null
  },
}
