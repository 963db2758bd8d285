/**
 * The CSV of the provisions a view lists, loaded on first download: the same
 * status columns as the dataset's provisions.csv, with the deal and the link. Pure.
 */
import { toCsv } from '../../lib/csv'
import type { ProvisionListRow } from './provisionsModel'

const HEADER = [
  'agreement',
  'agreement_title',
  'date',
  'type',
  'conflict',
  'n',
  'url',
  'text',
  'terms',
  'minerals',
  'implementation_status',
  'implementation_date',
  'verification',
] as const

/** `url(path)` makes the provision's absolute link. */
export function provisionsCsv(rows: readonly ProvisionListRow[], url: (path: string) => string): string {
  return toCsv(
    HEADER,
    rows.map((r) => [
      r.deal.id,
      r.deal.name,
      r.deal.date,
      r.deal.type,
      r.conflict ?? (r.track === 'minerals-diplomacy' ? 'minerals-diplomacy' : null),
      r.n,
      url(r.href),
      r.text,
      r.terms.join('; '),
      r.minerals.join('; '),
      r.state,
      r.stateDate,
      r.verification,
    ]),
  )
}
