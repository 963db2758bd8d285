/**
 * The documents the search finds: conflicts, deals, provisions, minerals,
 * experts, countries, places and sources, each with the page it opens. Pure.
 */
import type { Dataset } from '../data/schema'

import { KIND_LABEL, KIND_ORDER, normaliseTerm, type SearchDoc, type SearchKind } from './searchKinds'

export { KIND_LABEL, KIND_ORDER, normaliseTerm, type SearchDoc, type SearchKind }

const cut = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

export function makeSearchDocs(d: Dataset): SearchDoc[] {
  const docs: SearchDoc[] = []
  const conflictName = new Map(d.conflicts.map((c) => [c.id, c.shortName]))
  const resourceName = new Map(d.resources.map((r) => [r.id, r.name]))
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
      text: `${c.shortName} ${c.summary} ${atStake.join(' ')}`,
      to: `/conflicts/${c.id}`,
    })
  }
  for (const a of d.agreements) {
    const people = [
      ...a.signatories.map((s) => `${s.person ?? ''} ${s.office ?? ''}`),
      ...a.brokers.map((b) => b.person ?? ''),
    ].join(' ')
    docs.push({
      id: `deal:${a.id}`,
      kind: 'deal',
      title: a.commonName ?? a.title,
      context: `${a.date.slice(0, 7)} · ${a.track === 'minerals-diplomacy' ? 'Minerals diplomacy' : ((a.conflict && conflictName.get(a.conflict)) ?? '')} · ${cut(a.summary, 80)}`,
      text: `${a.title} ${a.commonName ?? ''} ${a.summary} ${a.place?.name ?? ''} ${people} ${a.provisions.map((p) => p.text).join(' ')} ${stakeNames((s) => s.agreements.includes(a.id)).join(' ')} ${(a.resources ?? []).map((r) => resourceName.get(r) ?? r).join(' ')}`,
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
  // People who signed, witnessed or brokered a deal: one result per person, opening their latest deal.
  const people = new Map<string, { roles: string[]; to: string; date: string }>()
  for (const a of d.agreements) {
    const entries = [
      ...a.signatories.map((s) => ({ name: s.person, role: s.office ?? 'signatory' })),
      ...a.brokers.map((b) => ({ name: b.person, role: b.role })),
    ]
    for (const e of entries) {
      if (!e.name) continue
      const prev = people.get(e.name)
      const role = `${e.role}, ${a.commonName ?? a.title}`
      if (!prev) people.set(e.name, { roles: [role], to: `/deals/${a.id}`, date: a.date })
      else {
        prev.roles.push(role)
        if (a.date > prev.date) Object.assign(prev, { to: `/deals/${a.id}`, date: a.date })
      }
    }
  }
  for (const [name, p] of people) {
    docs.push({
      id: `person:${name}`,
      kind: 'person',
      title: name,
      context: cut(p.roles.join('; ')),
      text: p.roles.join(' '),
      to: p.to,
    })
  }
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
  const experts = new Map<string, { title: string; context: string; text: string; to: string }>()
  for (const a of d.assessments) {
    const first = a.about.conflicts[0]
    const to = first
      ? `/conflicts/${first}#assessment-${a.id}`
      : a.about.agreements[0]
        ? `/deals/${a.about.agreements[0]}`
        : '/about'
    const prev = experts.get(a.expert)
    experts.set(a.expert, {
      title: a.expert,
      context: `${a.affiliation} · “${cut(a.quote, 70)}”`,
      text: `${prev?.text ?? ''} ${a.affiliation} ${a.quote} ${a.publication}`,
      to: prev?.to ?? to,
    })
  }
  for (const [name, e] of experts) docs.push({ id: `expert:${name}`, kind: 'expert', ...e })
  for (const actor of d.actors) {
    const conflicts = d.conflicts.filter((c) => c.parties.some((p) => p.actor === actor.id))
    if (conflicts.length === 0) continue
    const first = conflicts[0]!
    docs.push({
      id: `country:${actor.id}`,
      kind: 'country',
      title: actor.name,
      context: conflicts.map((c) => `${c.shortName} (${c.parties.find((p) => p.actor === actor.id)?.role})`).join(', '),
      text: `${actor.shortName ?? ''} ${actor.iso3 ?? ''} ${actor.description ?? ''}`,
      to: conflicts.length === 1 || !actor.iso3 ? `/conflicts/${first.id}` : `/?country=${actor.iso3}`,
    })
  }
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
