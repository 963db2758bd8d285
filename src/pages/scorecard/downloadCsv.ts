/** Saves rows as a CSV file in the browser, loading the CSV writer on first use. */
import { canonicalUrl } from '../../lib/site'
import type { ScoreRow } from './scorecardModel'

export async function downloadScorecardCsv(rows: readonly ScoreRow[], fileName: string): Promise<void> {
  const { scorecardCsv } = await import('./scorecardCsv')
  const blob = new Blob([scorecardCsv(rows, canonicalUrl)], { type: 'text/csv;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
