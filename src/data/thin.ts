/**
 * Lighter copies of records for pages that list them without their detail: the
 * same type, with the long text and the evidence a list never shows emptied. Pure.
 */
import type { Agreement, Conflict, Stake, UsgsTable } from './schema'

/**
 * An agreement as a list or map shows it: title, date, type, terms and its latest
 * status, without its evidence. `cited`: keep the ids of its own sources, for a page
 * that numbers them.
 */
export function thinAgreement(a: Agreement, { cited = false }: { cited?: boolean } = {}): Agreement {
  const last = a.statusHistory[a.statusHistory.length - 1]
  return {
    ...a,
    summary: '',
    dateNote: undefined,
    signatories: a.signatories.map((s) => ({ party: s.party })),
    brokers: [],
    traded: [],
    relations: [],
    provisions: a.provisions.map((p) => ({ n: p.n, text: '', terms: p.terms, sources: [], verification: p.verification })),
    statusHistory: last ? [{ ...last, note: undefined, sources: [] }] : [],
    sources: cited ? a.sources : [],
  }
}

/** A stake as a list shows it: which resource, for whom, with no figures. */
export const thinStake = (s: Stake): Stake => ({ ...s, why: '', figures: [], sources: [] })

/** A USGS table with its country rows only: what a map layer or a share bar needs. */
export const thinTable = (t: UsgsTable): UsgsTable => ({
  ...t,
  usesText: undefined,
  eventsText: undefined,
  netImportReliance: [],
  prices: [],
  caveats: [],
})

/** A conflict as a link or a lane shows it: names, parties, region and its status path, without the evidence. */
export const thinConflict = (c: Conflict): Conflict => ({
  ...c,
  summary: '',
  startedNote: undefined,
  parties: c.parties.map((p) => ({ actor: p.actor, role: p.role })),
  whiteHouseClaim: { ...c.whiteHouseClaim, note: '', sources: [] },
  statusHistory: c.statusHistory.map((s) => ({ ...s, note: undefined, sources: [] })),
  freshnessNote: undefined,
  sources: [],
})
