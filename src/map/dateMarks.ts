/**
 * The status changes the map's date passes: every dated change in the conflicts'
 * status histories, the ones between the date shown before and the date shown now
 * (which the map rings and the date control reads out), and the slider steps that
 * first show a change (its ticks). Pure.
 */
import type { Conflict, ConflictStatus } from '../data/schema'
import { compareDates } from '../data/dates'
import { formatDate } from '../lib/format'

export interface StatusChange {
  conflict: string
  name: string
  date: string
  /** The status before; null for the first entry, when the conflict enters the record and the map. */
  from: ConflictStatus | null
  to: ConflictStatus
}

/** Each status in a sentence after a name ("Gaza: ceasefire from 10 October 2025"). */
const PHRASE: Record<ConflictStatus, string> = {
  'active-conflict': 'fighting',
  'deal-suspended': 'deal suspended',
  ceasefire: 'ceasefire',
  'peace-process': 'peace process',
  'no-armed-conflict': 'no armed conflict',
}

/** Every change of status in the histories, oldest first: an entry whose status differs from the one before it. */
export function statusChanges(conflicts: readonly Conflict[]): StatusChange[] {
  const out: StatusChange[] = []
  for (const c of conflicts)
    c.statusHistory.forEach((s, j) => {
      const from = c.statusHistory[j - 1]?.status ?? null
      if (from !== s.status) out.push({ conflict: c.id, name: c.shortName, date: s.date, from, to: s.status })
    })
  return out.sort((a, b) => compareDates(a.date, b.date))
}

export interface DatePassage {
  /** Forward when the date moved later, back when it moved earlier. */
  direction: 'forward' | 'back'
  /** The earlier of the two dates; the changes are dated after it, up to and including the later. */
  since: string
  changes: StatusChange[]
}

/**
 * The changes between the date shown before (`from`) and the one shown now (`to`),
 * null meaning the latest (`latest`): dated after the earlier, up to the later, as
 * the map shows a change from its own date on. Null when the date did not move.
 */
export function changesPassed(
  changes: readonly StatusChange[],
  from: string | null,
  to: string | null,
  latest: string,
): DatePassage | null {
  const a = from ?? latest
  const b = to ?? latest
  const order = compareDates(a, b)
  if (order === 0) return null
  const [lo, hi] = order < 0 ? [a, b] : [b, a]
  return {
    direction: order < 0 ? 'forward' : 'back',
    since: lo,
    changes: changes.filter((c) => compareDates(lo, c.date) < 0 && compareDates(c.date, hi) <= 0),
  }
}

/**
 * The same day a month before (`2025-08-15` → `2025-07-15`; the 29th to the 31st
 * become the 28th, which every month has): the window of a date opened from a link.
 */
export function monthBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1]
  return `${py}-${String(pm).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`
}

/** The first slider step that shows each change (steps in order, null the latest), with the changes it shows first. */
export function changeTicks(
  changes: readonly StatusChange[],
  steps: ReadonlyArray<string | null>,
  latest: string,
): Array<{ step: number; changes: StatusChange[] }> {
  const ticks: Array<{ step: number; changes: StatusChange[] }> = []
  for (const c of changes) {
    const step = steps.findIndex((s) => compareDates(c.date, s ?? latest) <= 0)
    if (step < 0) continue
    const last = ticks[ticks.length - 1]
    if (last?.step === step) last.changes.push(c)
    else ticks.push({ step, changes: [c] })
  }
  return ticks.sort((x, y) => x.step - y.step)
}

/**
 * One change in words, as the map now shows it: going forward, the status from its
 * date; going back, the status before it, until its date.
 */
export function changePhrase(c: StatusChange, direction: DatePassage['direction']): string {
  const day = formatDate(c.date)
  if (direction === 'forward')
    return c.from === null ? `on the map from ${day}, ${PHRASE[c.to]}` : `${PHRASE[c.to]} from ${day}`
  return c.from === null ? `off the map before ${day}` : `${PHRASE[c.from]} until ${day}`
}

/**
 * The passage in one sentence for the live region, each conflict named once with its
 * changes in the order the date passed them ("Gaza: on the map from …, then ceasefire
 * from …"); at most `max` conflicts named, the rest counted; '' for none.
 */
export function passageSentence(p: DatePassage | null, max = 3): string {
  if (!p || p.changes.length === 0) return ''
  const passed = p.direction === 'forward' ? p.changes : [...p.changes].reverse()
  const byConflict = new Map<string, string[]>()
  for (const c of passed) byConflict.set(c.name, [...(byConflict.get(c.name) ?? []), changePhrase(c, p.direction)])
  const named = [...byConflict].slice(0, max).map(([name, phrases]) => `${name}: ${phrases.join(', then ')}`)
  const rest = byConflict.size - named.length
  const more = rest > 0 ? `; and ${rest} more ${rest === 1 ? 'conflict' : 'conflicts'}` : ''
  const head =
    p.direction === 'forward'
      ? `Status changes since ${formatDate(p.since)}`
      : `Back before ${p.changes.length === 1 ? 'a status change' : 'status changes'}`
  return `${head}: ${named.join('; ')}${more}.`
}

/** The markers with those of the conflicts whose status the date passed ringed (`changed`, unique to the move). */
export function ringChanged<M extends { id: string; changed?: string }>(markers: M[], p: DatePassage | null): M[] {
  if (!p || p.changes.length === 0) return markers
  const ids = new Set(p.changes.map((c) => c.conflict))
  const key = `${p.direction}:${p.since}:${p.changes.length}`
  return markers.map((m) => (ids.has(m.id) ? { ...m, changed: key } : m))
}
