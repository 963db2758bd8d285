/**
 * The documents the search finds: conflicts, deals, provisions, minerals,
 * experts, countries, places and sources, each with the page it opens. Pure.
 */
import type { Dataset } from '../data/schema'
import { TERM_LABEL } from '../lib/labels'
import { actorDocs, expertDocs, personDocs } from './searchPeople'

import { KIND_LABEL, KIND_ORDER, normaliseTerm, type SearchDoc, type SearchKind } from './searchKinds'

export { KIND_LABEL, KIND_ORDER, normaliseTerm, type SearchDoc, type SearchKind }

const cut = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/** The dated steps of a record, searchable: "Put into force by President Zelensky". */
const history = (steps: ReadonlyArray<{ label: string; note?: string }>) =>
  steps.map((s) => `${s.label} ${s.note ?? ''}`).join(' ')

export function makeSearchDocs(d: Dataset): SearchDoc[] {
  const docs: SearchDoc[] = []
  const conflictName = new Map(d.conflicts.map((c) => [c.id, c.shortName]))
  const resourceName = new Map(d.resources.map((r) => [r.id, r.name]))
  const actorName = new Map(d.actors.map((a) => [a.id, a.name]))
  // What is at stake is searchable on the conflict and on each deal a stake names.
  const stakeNames = (pred: (s: Dataset['stakes'][number]) => boolean) => [
    ...new Set(d.stakes.filter(pred).map((s) => resourceName.get(s.resource) ?? '')),
  ]
  for (const c of d.conflicts) {
    const atStake = stakeNames((s) => s.conflict === c.id)
    docs.push({
      id: `conflict:${c.id}`,
      kind: 'conflict',
      title: c.name,
      context: `${c.region}${atStake.length ? ` · at stake: ${cut(atStake.join(', '), 70)}` : ''}`,
      text: `${c.shortName} ${c.summary} ${c.parties.map((p) => actorName.get(p.actor) ?? '').join(' ')} ${history(c.statusHistory)}`,
      trades: atStake.join(' '),
      to: `/conflicts/${c.id}`,
    })
  }
  for (const a of d.agreements) {
    const people = [
      ...a.signatories.map((s) => `${s.person ?? ''} ${s.office ?? ''}`),
      ...a.brokers.map((b) => b.person ?? ''),
    ].join(' ')
    // What it trades: its minerals and resources, the kinds of terms it holds, what each side gets.
    const trades = [
      ...stakeNames((s) => s.agreements.includes(a.id)),
      ...(a.resources ?? []).map((r) => resourceName.get(r) ?? r),
      ...new Set(a.provisions.flatMap((p) => p.terms.map((t) => TERM_LABEL[t]))),
      ...a.traded.flatMap((t) => t.gets),
    ]
    docs.push({
      id: `deal:${a.id}`,
      kind: 'deal',
      title: a.commonName ?? a.title,
      context: `${a.date.slice(0, 7)} · ${a.track === 'minerals-diplomacy' ? 'Minerals diplomacy' : ((a.conflict && conflictName.get(a.conflict)) ?? '')} · ${cut(a.summary, 80)}`,
      text: `${a.title} ${a.commonName ?? ''} ${a.summary} ${a.place?.name ?? ''} ${people} ${a.provisions.map((p) => p.text).join(' ')} ${history(a.statusHistory)}`,
      trades: [...new Set(trades)].join(' '),
      to: `/deals/${a.id}`,
    })
    for (const p of a.provisions) {
      docs.push({
        id: `provision:${a.id}:${p.n}`,
        kind: 'provision',
        title: `${a.commonName ?? a.title}, provision ${p.n}`,
        context: cut(p.text),
        text: `${p.text} ${p.quote ?? ''} ${p.terms.join(' ')}`,
        to: `/deals/${a.id}#provision-${p.n}`,
      })
    }
  }
  docs.push(...personDocs(d))
  for (const r of d.resources) {
    const to = r.kind === 'mineral' && r.usgs ? `/minerals/${r.id}` : `/?resource=${r.id}`
    docs.push({
      id: `mineral:${r.id}`,
      kind: 'mineral',
      title: r.name,
      context: cut(r.uses ?? r.kind),
      text: `${r.symbol ?? ''} ${r.uses ?? ''}`,
      to,
    })
  }
  docs.push(...expertDocs(d), ...actorDocs(d))
  for (const s of d.sites) {
    docs.push({
      id: `place:${s.id}`,
      kind: 'place',
      title: s.name,
      context: `${s.kind} · ${cut(s.description, 80)}`,
      text: s.description,
      to: `/conflicts/${s.conflicts[0]}`,
    })
  }
  // A source opens the first page that cites it.
  const citedBy = new Map<string, string>()
  const visit = (v: unknown, to: string) => {
    if (Array.isArray(v)) v.forEach((x) => visit(x, to))
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k === 'sources' && Array.isArray(x)) {
          for (const id of x) if (typeof id === 'string' && !citedBy.has(id)) citedBy.set(id, to)
        } else visit(x, to)
      }
  }
  d.conflicts.forEach((c) => visit(c, `/conflicts/${c.id}`))
  d.agreements.forEach((a) => visit(a, `/deals/${a.id}`))
  d.resources.forEach((r) => visit(r, r.usgs ? `/minerals/${r.id}` : '/minerals'))
  d.stakes.forEach((s) => visit(s, `/conflicts/${s.conflict}`))
  d.sites.forEach((s) => visit(s, `/conflicts/${s.conflicts[0]}`))
  d.assessments.forEach((a) => visit(a, a.about.conflicts[0] ? `/conflicts/${a.about.conflicts[0]}` : '/about'))
  d.discrepancies.forEach((x) => visit(x, x.conflict ? `/conflicts/${x.conflict}` : '/about'))
  for (const s of d.sources) {
    docs.push({
      id: `source:${s.id}`,
      kind: 'source',
      title: s.title,
      context: `${s.publisher}${s.date ? `, ${s.date}` : ''}`,
      text: `${s.publisher} ${(s.authors ?? []).join(' ')}`,
      to: citedBy.get(s.id) ?? '/data',
    })
  }
  return docs
}

export { SEARCH_DOCS_FILE } from '../data/routeData'
