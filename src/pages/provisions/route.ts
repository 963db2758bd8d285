import type { RouteBuild } from '../routeTypes'
import { thinAgreement, thinConflict, thinStake } from '../../data/thin'

/**
 * The provisions browser: every deal with provisions, their texts and terms (without
 * quotes or sources), the conflicts' and minerals' names, the stakes that tie minerals
 * to deals, and each provision's latest sourced status only (the deal page has the rest).
 */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => {
    const deals = ix.data.agreements.filter((a) => a.provisions.length > 0)
    return {
      slice: {
        conflicts: ix.data.conflicts.map((c) => ({ ...thinConflict(c), statusHistory: [], parties: [] })),
        agreements: deals.map((a) => ({
          ...thinAgreement(a),
          signatories: [],
          statusHistory: [],
          provisions: a.provisions.map((p) => ({
            n: p.n,
            text: p.text,
            terms: p.terms,
            sources: [],
            verification: p.verification,
          })),
        })),
        stakes: ix.data.stakes.filter((s) => s.agreements.length > 0).map(thinStake),
        resources: ix.data.resources.map((r) => ({ ...r, uses: undefined, chinaShares: [], sources: undefined })),
        implementation: ix.data.implementation.map((m) => ({
          ...m,
          history: m.history.slice(-1).map((e) => ({ ...e, note: '', sources: [] })),
        })),
      },
      extra: null,
    }
  },
}
