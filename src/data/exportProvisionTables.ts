/**
 * The CSV tables of provisions and their implementation: one row per provision
 * (with its latest sourced status, or `none`), one per dated status entry. Pure.
 */
import type { Column, ExportTable } from './exportTables'
import { historyLookup, stateOf } from './implementation'
import type { Dataset, ImplementationEntry, Provision } from './schema'
import { list, sourcedColumns } from './exportColumns'

/** A provision with its deal's id and its implementation history, oldest first. */
export interface ProvisionRow {
  agreement: string
  provision: Provision
  history: readonly ImplementationEntry[]
}

export function provisionRows(d: Pick<Dataset, 'agreements' | 'implementation'>): ProvisionRow[] {
  const history = historyLookup(d.implementation)
  return d.agreements.flatMap((a) =>
    a.provisions.map((provision) => ({ agreement: a.id, provision, history: history(a.id, provision.n) })),
  )
}

/** The columns of a provision: its text and terms, its latest sourced status and its history in brief. */
export const PROVISION_COLUMNS: ReadonlyArray<Column<ProvisionRow>> = [
  { name: 'agreement', description: 'Agreement id', type: 'string', get: (r) => r.agreement },
  { name: 'n', description: 'Provision number (the #provision-N anchor)', type: 'number', get: (r) => r.provision.n },
  { name: 'text', description: 'Provision in the atlas’s words', type: 'string', get: (r) => r.provision.text },
  { name: 'quote', description: 'Short verbatim excerpt, if any', type: 'string', get: (r) => r.provision.quote ?? null },
  { name: 'terms', description: 'Flagged terms', type: 'string', get: (r) => list(r.provision.terms) },
  {
    name: 'implementation_status',
    description: 'Latest sourced implementation status, or none when no source gives one',
    type: 'string',
    get: (r) => stateOf(r.history),
  },
  {
    name: 'implementation_date',
    description: 'Date of the latest status (as precise as sourced)',
    type: 'string',
    get: (r) => r.history.at(-1)?.date ?? null,
  },
  {
    name: 'implementation_history',
    description: 'Every sourced status, oldest first, "date status; …" (details in implementation.csv)',
    type: 'string',
    get: (r) => list(r.history.map((e) => `${e.date} ${e.status}`)),
  },
  ...sourcedColumns((r: ProvisionRow) => r.provision),
]

type Entry = { agreement: string; provision: number; entry: ImplementationEntry }

export const PROVISION_TABLES: ReadonlyArray<ExportTable> = [
  {
    name: 'provisions',
    description: 'one row per numbered provision of an agreement, with its latest sourced implementation status',
    rows: provisionRows,
    columns: PROVISION_COLUMNS,
  } satisfies ExportTable<ProvisionRow> as ExportTable,
  {
    name: 'implementation',
    description: 'one row per dated, sourced implementation status of a provision',
    rows: (d) =>
      d.implementation.flatMap((m) => m.history.map((entry) => ({ agreement: m.agreement, provision: m.provision, entry }))),
    columns: [
      { name: 'agreement', description: 'Agreement id', type: 'string', get: (r) => r.agreement },
      { name: 'provision', description: 'Provision number', type: 'number', get: (r) => r.provision },
      { name: 'date', description: 'Date (as precise as sourced)', type: 'string', get: (r) => r.entry.date },
      {
        name: 'status',
        description: 'not-started, in-progress, implemented, stalled, violated or reversed',
        type: 'string',
        get: (r) => r.entry.status,
      },
      { name: 'note', description: 'What happened, in the atlas’s words', type: 'string', get: (r) => r.entry.note },
      ...sourcedColumns((r: Entry) => r.entry),
    ],
  } satisfies ExportTable<Entry> as ExportTable,
]
