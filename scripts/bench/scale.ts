/**
 * A dataset many times ours, for measuring at scale: each conflict, with its deals,
 * stakes, sites, assessments, discrepancies and implementation histories, copied
 * under new ids with every reference remapped, its dates spread over the years. Made
 * in a temporary folder by the benchmark, never committed.
 */
import type { Dataset } from '../../src/data/schema'

/** Ids of the copy `k` of a record (the original keeps its id). */
const copyId = (id: string, k: number) => (k === 0 ? id : `${id}-x${k}`)

/**
 * Shifts an ISO (partial) date by whole `months`, keeping its precision (a day past the
 * end of the new month becomes its last day). Whole months keep a record's dates in
 * the order they had, day and month precision mixed.
 */
function shift(date: string, months: number): string {
  const [y = '2025', m = '01', d] = date.split('-')
  if (date.length === 4) return String(Number(y) + Math.floor(months / 12))
  const index = Number(y) * 12 + Number(m) - 1 + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const ym = `${year}-${String(month).padStart(2, '0')}`
  if (d === undefined) return ym
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${ym}-${String(Math.min(Number(d), last)).padStart(2, '0')}`
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
    const months = k === 0 ? 0 : -((k * 7) % 30) - 1
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
          date: shift(s.date, months),
          agreement: s.agreement ? c(s.agreement) : undefined,
        })),
      })
    for (const a of d.agreements)
      out.agreements.push({
        ...a,
        id: c(a.id),
        conflict: conflictsOnTrack(a.conflict),
        date: shift(a.date, months),
        place: a.place ? { ...a.place, site: a.place.site ? c(a.place.site) : undefined } : undefined,
        relations: a.relations.map((r) => ({ ...r, agreement: c(r.agreement) })),
        statusHistory: a.statusHistory.map((s) => ({ ...s, date: shift(s.date, months) })),
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
