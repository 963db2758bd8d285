/**
 * What the data page lists, worked out when it is built: how many records of each
 * kind the dataset holds, the CSV tables with their documented columns, and the
 * JSON Schemas published with the downloads. The page gets these as its data, so
 * it ships neither the exporters nor the schemas. Pure.
 */
import type { DatasetIndex } from '../../data/selectors'
import { ENTITY_SCHEMAS } from '../../data/exports'
import { EXPORT_TABLES } from '../../data/exportTables'

/** How many records of each kind the dataset holds. */
export type DataCounts = Array<readonly [label: string, n: number]>

/** A CSV download as the page documents it. */
export interface TableDoc {
  name: string
  description: string
  columns: Array<{ name: string; description: string }>
}

export interface DataPageExtra {
  counts: DataCounts
  tables: TableDoc[]
  /** The entities with a JSON Schema at data/schema/<name>.schema.json. */
  schemas: string[]
}

export function dataPageExtra(ix: DatasetIndex): DataPageExtra {
  const d = ix.data
  const counts: DataCounts = [
    ['conflicts', d.conflicts.length],
    ['agreements and key events', d.agreements.length],
    ['expert assessments', d.assessments.length],
    ['provisions with a sourced implementation history', d.implementation.length],
    ['resources at stake', d.resources.length],
    ['stakes', d.stakes.length],
    ['sites', d.sites.length],
    ['discrepancies', d.discrepancies.length],
    ['USGS tables', d.usgs.length],
    ['sources', d.sources.length],
  ]
  return {
    counts,
    tables: EXPORT_TABLES.map((t) => ({
      name: t.name,
      description: t.description,
      columns: t.columns.map((c) => ({ name: c.name, description: c.description })),
    })),
    schemas: Object.keys(ENTITY_SCHEMAS),
  }
}
