/**
 * Search documents for who takes part: every actor (state, armed group, company,
 * organisation) with its roles in the conflicts and deals, every person who signed or
 * brokered a deal, and every expert with what they assess. Pure.
 */
import type { Dataset } from '../data/schema'
import type { SearchDoc } from './searchKinds'

const cut = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

const dealName = (a: Dataset['agreements'][number]) => a.commonName ?? a.title

/** Each actor that has a role anywhere, its roles in words, opening its conflict, its map or its latest deal. */
export function actorDocs(d: Dataset): SearchDoc[] {
  const docs: SearchDoc[] = []
  const latest = [...d.agreements].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
  for (const actor of d.actors) {
    const conflicts = d.conflicts.filter((c) => c.parties.some((p) => p.actor === actor.id))
    const roles = conflicts.map((c) => `${c.parties.find((p) => p.actor === actor.id)?.role} in ${c.shortName}`)
    const deals: Array<{ id: string; role: string }> = []
    for (const a of latest) {
      if (a.signatories.some((s) => s.party === actor.id)) deals.push({ id: a.id, role: `signed ${dealName(a)}` })
      for (const b of a.brokers.filter((x) => x.actor === actor.id))
        deals.push({ id: a.id, role: `${b.role}, ${dealName(a)}` })
      if (!a.signatories.some((s) => s.party === actor.id) && a.traded.some((t) => t.party === actor.id))
        deals.push({ id: a.id, role: `party to ${dealName(a)}` })
    }
    if (roles.length === 0 && deals.length === 0) continue
    const all = [...roles, ...deals.map((x) => x.role)]
    const first = conflicts[0]
    docs.push({
      id: `country:${actor.id}`,
      kind: 'country',
      title: actor.name,
      context: cut(all.join('; ')),
      text: `${actor.shortName ?? ''} ${actor.iso3 ?? ''} ${actor.description ?? ''} ${all.join(' ')}`,
      to: first
        ? conflicts.length === 1 || !actor.iso3
          ? `/conflicts/${first.id}`
          : `/?country=${actor.iso3}`
        : `/deals/${deals[0]!.id}`,
    })
  }
  return docs
}

/** People who signed, witnessed or brokered a deal: one result per person, opening their latest deal. */
export function personDocs(d: Dataset): SearchDoc[] {
  const people = new Map<string, { roles: string[]; to: string; date: string }>()
  for (const a of d.agreements) {
    const entries = [
      ...a.signatories.map((s) => ({ name: s.person, role: s.office ?? 'signatory' })),
      ...a.brokers.map((b) => ({ name: b.person, role: b.role })),
    ]
    for (const e of entries) {
      if (!e.name) continue
      const prev = people.get(e.name)
      const role = `${e.role}, ${dealName(a)}`
      if (!prev) people.set(e.name, { roles: [role], to: `/deals/${a.id}`, date: a.date })
      else {
        prev.roles.push(role)
        if (a.date > prev.date) Object.assign(prev, { to: `/deals/${a.id}`, date: a.date })
      }
    }
  }
  return [...people].map(([name, p]) => ({
    id: `person:${name}`,
    kind: 'person',
    title: name,
    context: cut(p.roles.join('; ')),
    text: p.roles.join(' '),
    to: p.to,
  }))
}

/** Experts quoted in the assessments: their affiliation and what they assess, opening their first assessment. */
export function expertDocs(d: Dataset): SearchDoc[] {
  const conflictName = new Map(d.conflicts.map((c) => [c.id, c.shortName]))
  const agreementName = new Map(d.agreements.map((a) => [a.id, dealName(a)]))
  const experts = new Map<string, { affiliation: string; topics: Set<string>; text: string; to: string }>()
  for (const a of d.assessments) {
    const first = a.about.conflicts[0]
    const to = first
      ? `/conflicts/${first}#assessment-${a.id}`
      : a.about.agreements[0]
        ? `/deals/${a.about.agreements[0]}`
        : '/about'
    const e = experts.get(a.expert) ?? { affiliation: a.affiliation, topics: new Set<string>(), text: '', to }
    for (const c of a.about.conflicts) e.topics.add(conflictName.get(c) ?? c)
    for (const x of a.about.agreements) e.topics.add(agreementName.get(x) ?? x)
    if (a.about.policy) e.topics.add('US policy')
    e.text += ` ${a.affiliation} ${a.quote} ${a.translation ?? ''} ${a.publication}`
    experts.set(a.expert, e)
  }
  return [...experts].map(([name, e]) => ({
    id: `expert:${name}`,
    kind: 'expert',
    title: name,
    context: cut(`${e.affiliation}${e.topics.size ? ` · on ${[...e.topics].join(', ')}` : ''}`),
    text: `${e.text} ${[...e.topics].join(' ')}`,
    to: e.to,
  }))
}
