/**
 * Route data: the part of the dataset one page shows. A page's data is a `Slice`
 * (whole records, as in the dataset) chosen at build time; the browser indexes it
 * with the same selectors as the full dataset, so a page's code runs unchanged on
 * the few records it receives. `complete` adds what the chosen records refer to
 * (actors, resources, USGS tables, sites, sources), so a route names only its
 * subject and the slice is closed under references.
 */
import type { Dataset, Meta } from './schema'
import { makeIndex, type DatasetIndex } from './selectors'

export type SliceKey = Exclude<keyof Dataset, 'meta'>
export type Slice = Partial<Pick<Dataset, SliceKey>>

const KEYS: readonly SliceKey[] = [
  'changelog',
  'sources',
  'actors',
  'conflicts',
  'agreements',
  'implementation',
  'resources',
  'stakes',
  'sites',
  'assessments',
  'discrepancies',
  'usgs',
]

/** A dataset made of the slice's records (missing lists are empty) and the dataset's metadata. */
export function sliceDataset(meta: Meta, slice: Slice): Dataset {
  const d = { meta } as Dataset
  for (const k of KEYS) (d as unknown as Record<string, unknown[]>)[k] = slice[k] ?? []
  return d
}

export const indexSlice = (meta: Meta, slice: Slice): DatasetIndex => makeIndex(sliceDataset(meta, slice))

/** Every string in a `sources` array below a value. */
export function citedSourceIds(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) citedSourceIds(v, into)
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sources' && Array.isArray(v)) {
        for (const s of v) if (typeof s === 'string') into.add(s)
      }
      else citedSourceIds(v, into)
    }
  }
  return into
}

const keep = <T extends { id: string }>(list: readonly T[], ids: ReadonlySet<string>): T[] =>
  list.filter((r) => ids.has(r.id))

/**
 * The slice plus every record its records refer to: party, signatory, broker and
 * trading actors; resources at stake or traded and their USGS tables (without the
 * long prose no page shows); the sites of places; the sources they cite. Records
 * are kept in dataset order.
 */
export function complete(ix: DatasetIndex, slice: Slice): Slice {
  const actors = new Set((slice.actors ?? []).map((a) => a.id))
  const resources = new Set((slice.resources ?? []).map((r) => r.id))
  const sites = new Set((slice.sites ?? []).map((s) => s.id))
  for (const c of slice.conflicts ?? []) for (const p of c.parties) actors.add(p.actor)
  for (const a of slice.agreements ?? []) {
    for (const s of a.signatories) actors.add(s.party)
    for (const b of a.brokers) actors.add(b.actor)
    for (const t of a.traded) actors.add(t.party)
    for (const r of a.resources ?? []) resources.add(r)
    if (a.place?.site) sites.add(a.place.site)
  }
  for (const s of slice.stakes ?? []) {
    resources.add(s.resource)
    if (s.actor) actors.add(s.actor)
  }
  for (const s of slice.sites ?? []) for (const r of s.resources) resources.add(r)
  const resourceList = keep(ix.data.resources, resources)
  const usgs = new Set([
    ...resourceList.map((r) => r.usgs).filter((u): u is string => !!u),
    ...(slice.usgs ?? []).map((t) => t.id),
  ])
  const out: Slice = {
    ...slice,
    actors: keep(ix.data.actors, actors),
    resources: resourceList,
    sites: keep(ix.data.sites, sites),
    usgs: keep(ix.data.usgs, usgs).map(({ eventsText: _prose, ...t }) => t),
  }
  const sources = citedSourceIds(out)
  out.sources = keep(ix.data.sources, sources)
  return out
}

/** How many records of each kind a slice holds: for tests and the benchmark. */
export function sliceCounts(slice: Slice): Partial<Record<SliceKey, number>> {
  const out: Partial<Record<SliceKey, number>> = {}
  for (const k of KEYS) if (slice[k]?.length) out[k] = slice[k]?.length
  return out
}
