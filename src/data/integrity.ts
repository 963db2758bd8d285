/**
 * The checks across records, after each file has passed its schema: ids, references,
 * sources, country codes, dates in order, reliability of what is marked verified.
 */
import world from 'world-atlas/countries-110m.json'
import { COUNTRIES } from './countries'
import type { DataProblem, Origins } from './load'
import { DATA_FILES, type Dataset, type DatasetKey } from './schema'

const WEAK_RELIABILITY: ReadonlySet<string> = new Set(['aggregator', 'state-media', 'blog'])

const KNOWN_ISO3 = new Set(COUNTRIES.map(([iso3]) => iso3))
/** Countries world-atlas (1:110m) can draw: every numeric id it uses, plus Kosovo, which it draws without one. */
const ATLAS_IDS = new Set((world.objects.countries.geometries as Array<{ id?: string }>).map((g) => g.id))
const DRAWABLE_ISO3 = new Set(
  COUNTRIES.filter(([, numeric]) => numeric !== null && ATLAS_IDS.has(numeric)).map(([iso3]) => iso3).concat('XKX'),
)

/**
 * Checks across records: ids are unique, every reference resolves, every source
 * is cited and every cited source exists, country codes are known and drawable,
 * and USGS country figures stay within the world total.
 */
export function checkIntegrity(d: Dataset, origins: Origins = {}, dir = 'data'): DataProblem[] {
  const problems: DataProblem[] = []
  const where = (key: DatasetKey, index: number, rest = ''): Pick<DataProblem, 'file' | 'path'> => {
    const o = origins[key]?.[index]
    const file = o?.file ?? `${dir}/${DATA_FILES[key].files[0]}`
    return { file, path: `$[${o?.index ?? index}]${rest}` }
  }
  const ids = <K extends DatasetKey>(key: K): Set<string> => {
    const seen = new Set<string>()
    const list = d[key] as unknown as Array<{ id: string }>
    list.forEach((r, i) => {
      if (seen.has(r.id)) problems.push({ ...where(key, i, '.id'), message: `duplicate id "${r.id}"` })
      seen.add(r.id)
    })
    return seen
  }
  const sourceIds = ids('sources')
  const actorIds = ids('actors')
  const conflictIds = ids('conflicts')
  const agreementIds = ids('agreements')
  const resourceIds = ids('resources')
  const stakeIds = ids('stakes')
  const siteIds = ids('sites')
  const usgsIds = ids('usgs')
  ids('assessments')
  ids('discrepancies')
  void stakeIds

  const cited = new Set<string>([d.meta.seed])
  if (!sourceIds.has(d.meta.seed)) problems.push({ file: `${dir}/meta.json`, path: '$.seed', message: `unknown source "${d.meta.seed}"` })

  const ref = (set: Set<string>, kind: string, id: string | undefined, at: Pick<DataProblem, 'file' | 'path'>) => {
    if (id !== undefined && !set.has(id)) problems.push({ ...at, message: `unknown ${kind} "${id}"` })
  }
  const reliabilityOf = new Map(d.sources.map((s) => [s.id, s.reliability]))
  /** Visits every `sources` array below a record; a `verified` fact needs one source that is not weak. */
  const walkSources = (value: unknown, at: Pick<DataProblem, 'file' | 'path'>) => {
    if (Array.isArray(value)) value.forEach((v, i) => walkSources(v, { ...at, path: `${at.path}[${i}]` }))
    else if (value && typeof value === 'object') {
      const fact = value as { sources?: unknown; verification?: unknown }
      if (fact.verification === 'verified' && Array.isArray(fact.sources) && fact.sources.length > 0) {
        const kinds = (fact.sources as string[]).map((id) => reliabilityOf.get(id))
        if (kinds.every((k) => k !== undefined && WEAK_RELIABILITY.has(k)))
          problems.push({
            ...at,
            path: `${at.path}.verification`,
            message: `a verified fact needs a source that is not an aggregator, mirror, state media or blog (has ${kinds.join(', ')})`,
          })
      }
      for (const [k, v] of Object.entries(value)) {
        if (k === 'sources' && Array.isArray(v)) {
          v.forEach((s: string, i) => {
            cited.add(s)
            ref(sourceIds, 'source', s, { ...at, path: `${at.path}.sources[${i}]` })
          })
        } else walkSources(v, { ...at, path: `${at.path}.${k}` })
      }
    }
  }
  for (const key of Object.keys(DATA_FILES) as DatasetKey[]) {
    if (key === 'sources' || key === 'meta' || key === 'changelog') continue
    ;(d[key] as unknown[]).forEach((r, i) => walkSources(r, where(key, i)))
  }

  d.actors.forEach((a, i) => {
    if (a.kind === 'state' && !a.iso3) problems.push({ ...where('actors', i, '.iso3'), message: 'a state needs an ISO 3166-1 alpha-3 code' })
    if (a.iso3 && !KNOWN_ISO3.has(a.iso3)) problems.push({ ...where('actors', i, '.iso3'), message: `unknown ISO 3166-1 alpha-3 code "${a.iso3}"` })
  })
  const actorById = new Map(d.actors.map((a) => [a.id, a]))

  d.conflicts.forEach((c, i) => {
    const drawable = c.parties.some((p) => {
      const iso3 = actorById.get(p.actor)?.iso3
      return iso3 !== undefined && DRAWABLE_ISO3.has(iso3)
    })
    if (!c.locator?.frame && !drawable)
      problems.push({
        ...where('conflicts', i, '.locator.frame'),
        message: 'no party can be drawn on the map: give the locator a frame, or a party state',
      })
    if (c.locator?.marker && !c.parties.some((p) => actorById.get(p.actor)?.iso3 === c.locator?.marker))
      problems.push({ ...where('conflicts', i, '.locator.marker'), message: `"${c.locator.marker}" is not a party to the conflict` })
    c.parties.forEach((p, j) => {
      const at = where('conflicts', i, `.parties[${j}].actor`)
      ref(actorIds, 'actor', p.actor, at)
      const iso3 = actorById.get(p.actor)?.iso3
      if (iso3 && !DRAWABLE_ISO3.has(iso3)) problems.push({ ...at, message: `"${iso3}" cannot be drawn from world-atlas` })
    })
    const claim = c.whiteHouseClaim
    if (claim.since && (!claim.counted || !claim.sources.some((id) => d.sources.find((s) => s.id === id)?.date === claim.since)))
      problems.push({ ...where('conflicts', i, '.whiteHouseClaim.since'), message: 'a claim date needs a counted claim and a source of that date' })
    c.statusHistory.forEach((s, j) => ref(agreementIds, 'agreement', s.agreement, where('conflicts', i, `.statusHistory[${j}].agreement`)))
    c.statusHistory.forEach((s, j) => {
      const prev = c.statusHistory[j - 1]
      if (prev && prev.date > s.date) problems.push({ ...where('conflicts', i, `.statusHistory[${j}].date`), message: `status history out of date order (${prev.date} before ${s.date})` })
    })
  })

  d.agreements.forEach((a, i) => {
    ref(conflictIds, 'conflict', a.conflict, where('agreements', i, '.conflict'))
    if (a.track === 'peace' && a.conflict === undefined)
      problems.push({ ...where('agreements', i, '.conflict'), message: 'a deal on the peace track needs its conflict' })
    a.resources?.forEach((r, j) => ref(resourceIds, 'resource', r, where('agreements', i, `.resources[${j}]`)))
    ref(siteIds, 'site', a.place?.site, where('agreements', i, '.place.site'))
    a.signatories.forEach((s, j) => ref(actorIds, 'actor', s.party, where('agreements', i, `.signatories[${j}].party`)))
    a.brokers.forEach((b, j) => ref(actorIds, 'actor', b.actor, where('agreements', i, `.brokers[${j}].actor`)))
    a.traded.forEach((t, j) => ref(actorIds, 'actor', t.party, where('agreements', i, `.traded[${j}].party`)))
    a.relations.forEach((r, j) => {
      ref(agreementIds, 'agreement', r.agreement, where('agreements', i, `.relations[${j}].agreement`))
      if (r.agreement === a.id) problems.push({ ...where('agreements', i, `.relations[${j}].agreement`), message: 'an agreement cannot relate to itself' })
    })
    a.provisions.forEach((p, j) => {
      if (p.n !== j + 1) problems.push({ ...where('agreements', i, `.provisions[${j}].n`), message: `expected provision number ${j + 1}, got ${p.n}` })
    })
    a.statusHistory.forEach((s, j) => {
      const prev = a.statusHistory[j - 1]
      if (prev && prev.date > s.date) problems.push({ ...where('agreements', i, `.statusHistory[${j}].date`), message: `status history out of date order (${prev.date} before ${s.date})` })
    })
  })

  d.resources.forEach((r, i) => ref(usgsIds, 'USGS table', r.usgs, where('resources', i, '.usgs')))

  d.stakes.forEach((s, i) => {
    ref(conflictIds, 'conflict', s.conflict, where('stakes', i, '.conflict'))
    ref(resourceIds, 'resource', s.resource, where('stakes', i, '.resource'))
    ref(actorIds, 'actor', s.actor, where('stakes', i, '.actor'))
    s.agreements.forEach((a, j) => ref(agreementIds, 'agreement', a, where('stakes', i, `.agreements[${j}]`)))
  })

  d.sites.forEach((s, i) => {
    s.conflicts.forEach((c, j) => ref(conflictIds, 'conflict', c, where('sites', i, `.conflicts[${j}]`)))
    s.resources.forEach((r, j) => ref(resourceIds, 'resource', r, where('sites', i, `.resources[${j}]`)))
  })

  const agreementById = new Map(d.agreements.map((a) => [a.id, a]))
  const implemented = new Set<string>()
  d.implementation.forEach((m, i) => {
    const agreement = agreementById.get(m.agreement)
    ref(agreementIds, 'agreement', m.agreement, where('implementation', i, '.agreement'))
    if (agreement && !agreement.provisions.some((p) => p.n === m.provision))
      problems.push({ ...where('implementation', i, '.provision'), message: `"${m.agreement}" has no provision ${m.provision}` })
    const key = `${m.agreement}#${m.provision}`
    if (implemented.has(key)) problems.push({ ...where('implementation', i, '.provision'), message: `provision ${key} has a history already` })
    implemented.add(key)
    m.history.forEach((h, j) => {
      const prev = m.history[j - 1]
      if (prev && prev.date > h.date) problems.push({ ...where('implementation', i, `.history[${j}].date`), message: `history out of date order (${prev.date} before ${h.date})` })
    })
  })

  d.assessments.forEach((a, i) => {
    if (a.translation && !a.lang) problems.push({ ...where('assessments', i, '.lang'), message: 'a translated quote needs the language it was spoken in' })
    a.about.conflicts.forEach((c, j) => ref(conflictIds, 'conflict', c, where('assessments', i, `.about.conflicts[${j}]`)))
    a.about.agreements.forEach((c, j) => ref(agreementIds, 'agreement', c, where('assessments', i, `.about.agreements[${j}]`)))
  })

  d.discrepancies.forEach((x, i) => {
    ref(conflictIds, 'conflict', x.conflict, where('discrepancies', i, '.conflict'))
    x.agreements.forEach((a, j) => ref(agreementIds, 'agreement', a, where('discrepancies', i, `.agreements[${j}]`)))
  })

  d.usgs.forEach((t, i) => {
    const world = t.world.reserves.value
    t.rows.forEach((row, j) => {
      if (!KNOWN_ISO3.has(row.iso3)) problems.push({ ...where('usgs', i, `.rows[${j}].iso3`), message: `unknown ISO 3166-1 alpha-3 code "${row.iso3}"` })
      const v = row.reserves.value
      if (world !== null && v !== null && v > world) problems.push({ ...where('usgs', i, `.rows[${j}].reserves.value`), message: `reserves ${v} exceed the world total ${world}` })
    })
  })

  d.sources.forEach((s, i) => {
    if (!cited.has(s.id)) problems.push({ ...where('sources', i, '.id'), message: `source "${s.id}" is never cited` })
  })
  return problems
}
