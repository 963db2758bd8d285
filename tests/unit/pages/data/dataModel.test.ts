import { describe, expect, it } from 'vitest'
import { dataPageExtra } from '../../../../src/pages/data/dataModel'
import { route } from '../../../../src/pages/data/route'
import { buildExports } from '../../../../src/data/exports'
import { fixtureContext } from '../routeContext'

const ctx = fixtureContext()

describe('dataPageExtra', () => {
  it('counts the records of each kind the dataset holds', () => {
    const counts = new Map(dataPageExtra(ctx.ix).counts)
    expect(counts.get('conflicts')).toBe(ctx.ix.data.conflicts.length)
    expect(counts.get('sources')).toBe(ctx.ix.data.sources.length)
  })

  it('documents exactly the CSV files and JSON Schemas the downloads hold', () => {
    const extra = dataPageExtra(ctx.ix)
    const files = Object.keys(buildExports(ctx.ix.data))
    expect(extra.tables.map((t) => `data/${t.name}.csv`).sort()).toEqual(files.filter((f) => f.endsWith('.csv')).sort())
    expect(extra.schemas.map((s) => `data/schema/${s}.schema.json`).sort()).toEqual(
      files.filter((f) => f.startsWith('data/schema/')).sort(),
    )
    for (const t of extra.tables) expect(t.columns.every((c) => c.name && c.description), t.name).toBe(true)
  })

  it('gives the page the changelog and no records', () => {
    const d = route.data(ctx, {})!
    expect(Object.keys(d.slice)).toEqual(['changelog'])
  })
})
