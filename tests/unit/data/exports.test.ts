import Ajv2020 from 'ajv/dist/2020'
import { csvParseRows } from 'd3-dsv'
import { describe, expect, it } from 'vitest'
import { buildExports, jsonSchemaOf, tableRows } from '../../../src/data/exports'
import { EXPORT_TABLES } from '../../../src/data/exportTables'
import { loadDataset } from '../../../src/data/load'
import { readDataDir } from '../../../scripts/readDataDir'
import { makeFixture } from '../../fixtures/dataset'

const d = makeFixture()
const files = buildExports(d)

describe(buildExports, () => {
  it('buildExports(d) writes one CSV per table, each listed in datapackage.json with the fields of its header', () => {
    const pkg = JSON.parse(files['data/datapackage.json']!)
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(EXPORT_TABLES.map((t) => `${t.name}.csv`))
    for (const [i, t] of EXPORT_TABLES.entries()) {
      // The cell escaping itself is toCsv's, tested with d3-dsv in tests/unit/lib/csv.test.ts.
      const { header, rows } = tableRows(d, t.name)
      const back = csvParseRows(files[`data/${t.name}.csv`]!)
      expect(back[0], t.name).toEqual(header)
      expect(back.length - 1, t.name).toBe(rows.length)
      expect(pkg.resources[i].schema.fields.map((f: { name: string }) => f.name)).toEqual(header)
    }
    expect(pkg.resources[0].schema.fields[0]).toMatchObject({ name: 'id', type: 'string' })
  })

  it('buildExports(d) writes one JSON endpoint per conflict, deal and mineral', () => {
    expect(Object.keys(files).filter((f) => f.startsWith('api/')).sort()).toEqual([
      'api/conflicts/drc-rwanda.json',
      'api/conflicts/kosovo-serbia.json',
      'api/deals/claim-2025.json',
      'api/deals/deal-dec.json',
      'api/deals/deal-june.json',
      'api/minerals/cobalt.json',
    ])
    expect(JSON.parse(files['api/conflicts/drc-rwanda.json']!).agreements.map((a: { id: string }) => a.id)).toEqual(['deal-june', 'deal-dec'])
  })
})

describe(jsonSchemaOf, () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  const validators = new Map<string, ReturnType<typeof ajv.compile>>()
  const check = (name: Parameters<typeof jsonSchemaOf>[0], value: unknown) => {
    if (!validators.has(name)) validators.set(name, ajv.compile(jsonSchemaOf(name)))
    return validators.get(name)!(value)
  }
  it('jsonSchemaOf(name) accepts every record of the real dataset, checked by an independent validator (ajv)', () => {
    const { dataset } = loadDataset(readDataDir('data'))
    const failures = (name: Parameters<typeof jsonSchemaOf>[0], records: readonly unknown[]) =>
      records.filter((r) => !check(name, r)).map(() => validators.get(name)!.errors)
    expect(failures('conflict', dataset!.conflicts)).toEqual([])
    expect(failures('agreement', dataset!.agreements)).toEqual([])
    expect(failures('stake', dataset!.stakes)).toEqual([])
    expect(failures('site', dataset!.sites)).toEqual([])
    expect(failures('assessment', dataset!.assessments)).toEqual([])
    expect(failures('source', dataset!.sources)).toEqual([])
    expect(failures('usgs-table', dataset!.usgs)).toEqual([])
  })
  it('jsonSchemaOf(name) rejects a broken record', () => {
    const broken = { ...d.agreements[0], kind: 'rumour' }
    expect(check('agreement', broken)).toBe(false)
    const missing: Record<string, unknown> = { ...d.conflicts[0] }
    delete missing.parties
    expect(check('conflict', missing)).toBe(false)
  })
})
