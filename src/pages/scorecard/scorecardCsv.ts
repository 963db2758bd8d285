/**
 * The scorecard rows a reader sees, as CSV (RFC 4180, through d3-dsv): one line per
 * conflict, with the page address of its evidence. Pure; loaded on the first download.
 */
import { toCsv } from '../../lib/csv'
import { CONFLICT_STATUS_LABEL } from '../../lib/labels'
import type { ScoreRow } from './scorecardModel'

export const SCORECARD_CSV_HEADER = [
  'conflict',
  'conflict_id',
  'page',
  'white_house_counts_as_ended',
  'claim_date',
  'status_when_claimed',
  'status_when_claimed_date',
  'status_now',
  'status_now_date',
  'deals_signed',
  'deals_signed_between_parties',
  'deals_signed_signatories_not_recorded',
  'deals_with_economic_clause',
  'united_states_gets',
  'fighting_or_broken_deal_entries_since_claim',
  'latest_such_report_date',
  'experts_skeptical',
  'experts_mixed',
  'experts_supportive',
  'verdict',
  'verdict_sources',
] as const

/** `pageUrl`: the absolute address of an in-app path (the site's canonical URL helper). */
export function scorecardCsv(rows: readonly ScoreRow[], pageUrl: (path: string) => string): string {
  return toCsv(
    SCORECARD_CSV_HEADER,
    rows.map((r) => [
      r.name,
      r.id,
      pageUrl(`/conflicts/${r.id}`),
      r.claim.counted,
      r.claim.since,
      r.then ? CONFLICT_STATUS_LABEL[r.then.status] : null,
      r.then?.date ?? null,
      CONFLICT_STATUS_LABEL[r.now.status],
      r.now.date,
      r.deals.signed,
      r.deals.betweenParties,
      r.deals.unrecorded,
      r.terms.withClause.length,
      r.terms.usGets.map((u) => `${u.title}: ${u.gets.join('; ')}`).join(' | ') || null,
      r.claim.counted ? r.fighting.count : null,
      r.fighting.latest?.date ?? null,
      r.stances.skeptical,
      r.stances.mixed,
      r.stances.supportive,
      r.verdict.text,
      r.verdict.sources.join(' '),
    ]),
  )
}
