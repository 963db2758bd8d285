/**
 * A dataset many times ours, for measuring at scale: each conflict, with its deals,
 * stakes, sites, assessments, discrepancies and implementation histories, copied
 * under new ids with every reference remapped, its dates spread over the years. Made
 * in a temporary folder by the benchmark, never committed.
 */
import type { Dataset } from '../../src/data/schema'

/** Ids of the copy `k` of a record (the original keeps its id). */
const copyId = (id: string, k: number) => (k === 0 ? id : `${id}-x${k}`)

/** Shifts an ISO (partial) date by `days`, keeping its precision. */
function shift(date: string, days: number): string {
  const [y, m = '01', d = '01'] = date.split('-')
  const t = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)) + days * 86_400_000).toISOString()
  return date.length === 4 ? t.slice(0, 4) : date.length === 7 ? t.slice(0, 7) : t.slice(0, 10)
}

export function scaleDataset(d: Dataset, times: number): Dataset {
  const out: Dataset = {
    ...d,
    conflicts: [],
    agreements: [],
    stakes: [],
    sites: [],
    assessments: [],
    discrepancies: [],
    implementation: [],
  }
  for (let k = 0; k < times; k++) {
    const days = k === 0 ? 0 : -((k * 37) % 900)
    const c = (id: string) => copyId(id, k)
    const cs = (ids: string[]) => ids.map(c)
    const conflictsOnTrack = (id: string | undefined) => (id ? c(id) : undefined)
    for (const x of d.conflicts)
      out.conflicts.push({
        ...x,
        id: c(x.id),
        name: k === 0 ? x.name : `${x.name} (${k})`,
        shortName: k === 0 ? x.shortName : `${x.shortName} ${k}`,
        statusHistory: x.statusHistory.map((s) => ({
          ...s,
          date: shift(s.date, days),
          agreement: s.agreement ? c(s.agreement) : undefined,
        })),
      })
    for (const a of d.agreements)
      out.agreements.push({
        ...a,
        id: c(a.id),
        conflict: conflictsOnTrack(a.conflict),
        date: shift(a.date, days),
        place: a.place ? { ...a.place, site: a.place.site ? c(a.place.site) : undefined } : undefined,
        relations: a.relations.map((r) => ({ ...r, agreement: c(r.agreement) })),
        statusHistory: a.statusHistory.map((s) => ({ ...s, date: shift(s.date, days) })),
      })
    for (const s of d.stakes)
      out.stakes.push({ ...s, id: c(s.id), conflict: c(s.conflict), agreements: cs(s.agreements) })
    for (const s of d.sites) out.sites.push({ ...s, id: c(s.id), conflicts: cs(s.conflicts) })
    for (const a of d.assessments)
      out.assessments.push({
        ...a,
        id: c(a.id),
        about: { ...a.about, conflicts: cs(a.about.conflicts), agreements: cs(a.about.agreements) },
      })
    for (const x of d.discrepancies)
      out.discrepancies.push({
        ...x,
        id: c(x.id),
        conflict: conflictsOnTrack(x.conflict),
        agreements: cs(x.agreements),
      })
    for (const m of d.implementation) out.implementation.push({ ...m, agreement: c(m.agreement) })
  }
  return out
}
