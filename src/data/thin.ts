/**
 * Lighter copies of records for pages that list them without their detail: the
 * same type, with the long text and the evidence a list never shows emptied. Pure.
 */
import type { Agreement, Conflict, Stake, UsgsTable } from './schema'
import { citedSourceIds, type Slice } from './slice'

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

/**
 * A record page's slice without what it only names: the descriptions of its actors,
 * the uses of its resources, the notes of its USGS tables and sites belong to their
 * own pages, and so do the sources that cite only them. Everything the page shows,
 * the sources it lists included, is kept.
 */
export function withoutNamedRecordsProse(slice: Slice): Slice {
  const out: Slice = {
    ...slice,
    actors: slice.actors?.map(({ description: _d, sources: _s, ...a }) => a),
    resources: slice.resources?.map(({ uses: _u, sources: _s, ...r }) => r),
    usgs: slice.usgs?.map((t) => ({ ...t, unitNote: '', rows: t.rows.map(({ footnote: _f, ...r }) => r) })),
    sites: slice.sites?.map(({ note: _n, ...s }) => s),
  }
  const cited = citedSourceIds({ ...out, sources: [] })
  return { ...out, sources: slice.sources?.filter((s) => cited.has(s.id)) }
}
