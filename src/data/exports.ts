/**
 * Everything the data downloads contain, as file path → text. Pure (no file
 * system), so tests can check the CSV round trip and the JSON Schemas directly.
 */
import { z } from 'zod'
import { toCsv } from '../lib/csv'
import { EXPORT_TABLES } from './exportTables'
import { historyLookup, rollUp, withHistory } from './implementation'
import {
  ActorSchema,
  AgreementSchema,
  AssessmentSchema,
  ConflictSchema,
  DiscrepancySchema,
  ResourceSchema,
  SiteSchema,
  SourceSchema,
  StakeSchema,
  UsgsTableSchema,
  type Dataset,
} from './schema'
import {
  agreementsOfConflict,
  agreementsOfResource,
  assessmentsOfConflict,
  collectSources,
  conflictsOfResource,
  discrepanciesOfConflict,
  makeIndex,
  sitesOfConflict,
  stakesOfConflict,
} from './selectors'

/** One JSON Schema per entity, generated from the zod schemas. */
export const ENTITY_SCHEMAS = {
  conflict: ConflictSchema,
  agreement: AgreementSchema,
  resource: ResourceSchema,
  stake: StakeSchema,
  site: SiteSchema,
  assessment: AssessmentSchema,
  discrepancy: DiscrepancySchema,
  source: SourceSchema,
  actor: ActorSchema,
  'usgs-table': UsgsTableSchema,
} as const

export function jsonSchemaOf(name: keyof typeof ENTITY_SCHEMAS): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(ENTITY_SCHEMAS[name], { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>),
    $id: `schema/${name}.schema.json`,
    title: `Mineral Peace Atlas: ${name}`,
  }
}

/** Rows of one CSV table as header + cells. */
export function tableRows(d: Dataset, name: string): { header: string[]; rows: Array<Array<string | number | boolean | null>> } {
  const t = EXPORT_TABLES.find((x) => x.name === name)
  if (!t) throw new Error(`unknown table ${name}`)
  return { header: t.columns.map((c) => c.name), rows: t.rows(d).map((r) => t.columns.map((c) => c.get(r))) }
}

const FRICTIONLESS_TYPE = { string: 'string', number: 'number', boolean: 'boolean', date: 'date' } as const

export function buildExports(d: Dataset): Record<string, string> {
  const files: Record<string, string> = {}
  const json = (x: unknown) => JSON.stringify(x, null, 2) + '\n'
  files['data/atlas.json'] = json(d)
  for (const t of EXPORT_TABLES) {
    const { header, rows } = tableRows(d, t.name)
    files[`data/${t.name}.csv`] = toCsv(header, rows)
  }
  for (const name of Object.keys(ENTITY_SCHEMAS) as Array<keyof typeof ENTITY_SCHEMAS>) {
    files[`data/schema/${name}.schema.json`] = json(jsonSchemaOf(name))
  }
  files['data/datapackage.json'] = json({
    profile: 'tabular-data-package',
    name: 'mineral-peace-atlas',
    title: d.meta.title,
    version: d.meta.version,
    created: d.meta.released,
    licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    description: d.meta.license,
    resources: EXPORT_TABLES.map((t) => ({
      name: t.name.replace(/_/g, '-'),
      path: `${t.name}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: t.description,
      schema: {
        fields: t.columns.map((c) => ({ name: c.name, type: FRICTIONLESS_TYPE[c.type], description: c.description })),
      },
    })),
  })
  const ix = makeIndex(d)
  for (const c of d.conflicts) {
    const agreements = agreementsOfConflict(ix, c.id)
    const stakes = stakesOfConflict(ix, c.id)
    const sites = sitesOfConflict(ix, c.id)
    const assessments = assessmentsOfConflict(ix, c.id)
    const discrepancies = discrepanciesOfConflict(ix, c.id)
    files[`api/conflicts/${c.id}.json`] = json({
      conflict: c,
      agreements,
      stakes,
      sites,
      assessments,
      discrepancies,
      sources: collectSources(ix, c, agreements, stakes, sites, assessments, discrepancies),
      meta: d.meta,
    })
  }
  const history = historyLookup(d.implementation)
  for (const a of d.agreements) {
    const implementation = d.implementation.filter((m) => m.agreement === a.id)
    files[`api/deals/${a.id}.json`] = json({
      agreement: a,
      // Each provision's sourced implementation history; a provision not listed has no sourced status.
      implementation,
      // Every provision's latest sourced status (`none`: no source gives one), and the deal's roll-up.
      provisionStatus: withHistory(a, history).map((p) => ({
        provision: p.provision.n,
        status: p.state,
        date: p.history.at(-1)?.date ?? null,
      })),
      implementationRollUp: rollUp(a, history),
      sources: collectSources(ix, a, implementation),
      meta: d.meta,
    })
  }
  for (const r of d.resources) {
    if (r.kind !== 'mineral' || !r.usgs) continue
    const table = ix.usgs.get(r.usgs)
    files[`api/minerals/${r.id}.json`] = json({
      resource: r,
      usgs: table,
      agreements: agreementsOfResource(ix, r.id).map((a) => a.id),
      conflicts: conflictsOfResource(ix, r.id).map((c) => c.id),
      stakes: d.stakes.filter((s) => s.resource === r.id),
      sources: collectSources(ix, r),
      meta: d.meta,
    })
  }
  return files
}
