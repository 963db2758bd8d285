/**
 * The scorecard's one-line verdict, derived from the row's own data (the claim, the
 * status then and now, the fighting recorded since) in fixed, neutral wording: no
 * judgement beyond what the sourced statuses say. Pure.
 */
import type { ConflictStatus } from '../../data/schema'
import { formatDate } from '../../lib/format'
import { CONFLICT_STATUS_LABEL } from '../../lib/labels'
import type { ScoreRow } from './scorecardModel'

const NOW_PHRASE: Record<ConflictStatus, string> = {
  'active-conflict': 'fighting continues',
  'deal-suspended': 'its deal is suspended',
  ceasefire: 'the status is a ceasefire',
  'peace-process': 'the status is a peace process',
  'no-armed-conflict': 'the sources record no armed conflict',
}

/** Statuses that contradict "ended" on their own. */
const CONTRADICTS: ReadonlySet<ConflictStatus> = new Set(['active-conflict', 'deal-suspended'])

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export function scorecardVerdict(row: Omit<ScoreRow, 'verdict'>): ScoreRow['verdict'] {
  const { claim, then, now, fighting } = row
  const asOf = `as of ${formatDate(now.date)}`
  const sources = [...new Set([...claim.sources, ...now.sources, ...(fighting.latest?.sources ?? [])])]
  if (!claim.counted) {
    return { text: `Not counted as ended by the White House; ${NOW_PHRASE[now.status]} ${asOf}.`, sources }
  }
  if (now.status === 'no-armed-conflict' && (!then || then.status === 'no-armed-conflict')) {
    return {
      text: `Counted as ended, but the sources record no armed conflict to end, then or since (latest entry ${formatDate(now.date)}).`,
      sources,
    }
  }
  const joint = CONTRADICTS.has(now.status) ? ', but' : ';'
  const wasThen =
    then && then.status !== now.status ? ` (when claimed: ${CONFLICT_STATUS_LABEL[then.status].toLowerCase()})` : ''
  const since =
    fighting.count > 0
      ? `; ${plural(fighting.count, 'dated entry', 'dated entries')} of fighting or a broken deal after the claim`
      : ''
  return { text: `Counted as ended${joint} ${NOW_PHRASE[now.status]} ${asOf}${wasThen}${since}.`, sources }
}
