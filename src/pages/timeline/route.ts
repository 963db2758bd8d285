import type { RouteBuild } from '../routeTypes'
import { thinAgreement, thinConflict, thinStake } from '../../data/thin'
import { timelineCard } from './timelineCard'

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/** The timeline: every deal and event with its date, type, status and a line of summary; the conflicts as lanes. */
export const route: RouteBuild = {
  paths: () => [{}],
  data: ({ ix }) => ({
    slice: {
      conflicts: ix.data.conflicts.map(thinConflict),
      agreements: ix.data.agreements.map((a) => ({ ...thinAgreement(a), summary: cut(a.summary, 160) })),
      stakes: ix.data.stakes.filter((s) => s.agreements.length > 0).map(thinStake),
      resources: ix.data.resources.map((r) => ({ ...r, uses: undefined, chinaShares: [], sources: undefined })),
    },
    extra: null,
  }),
  card: timelineCard,
}
