import type { UsgsTable } from '../data/schema'

/** The one way the atlas cites a USGS table: survey, sheet (linked), edition and table. */
export function UsgsCitation({ table }: { table: Pick<UsgsTable, 'pdfUrl' | 'name' | 'table'> }) {
  return (
    <>
      U.S. Geological Survey,{' '}
      <a href={table.pdfUrl} target="_blank" rel="noopener noreferrer">
        Mineral Commodity Summaries 2026: {table.name}
      </a>{' '}
      (February 2026), table &ldquo;{table.table}&rdquo;
    </>
  )
}
