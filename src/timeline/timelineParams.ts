/**
 * The timeline's view in the URL query. `parseTimelineParams` never throws and
 * `toTimelineParams` omits defaults. Types travel as whole groups where a choice holds
 * one (`?group=economic`) and as single types otherwise (`?type=mou`, the older links).
 */
import type { AgreementType } from '../data/schema'
import { AGREEMENT_TYPES } from '../data/vocab'
import { appendAll, pickMany, pickOne } from '../lib/urlState'
import { TYPE_GROUPS, collapseTypes, expandTypes } from './typeGroups'

export interface TimelineView {
  conflict: string[]
  /** The chosen types (none = any), in vocabulary order. */
  type: AgreementType[]
  resource: string | null
  /** `YYYY-MM`, inclusive; null = the default span. */
  from: string | null
  to: string | null
  /** Include key events, not only agreements. */
  events: boolean
  selected: string | null
}

export const DEFAULT_TIMELINE_VIEW: TimelineView = {
  conflict: [],
  type: [],
  resource: null,
  from: null,
  to: null,
  events: true,
  selected: null,
}

export interface TimelineVocabulary {
  conflicts: readonly string[]
  resources: readonly string[]
  items: readonly string[]
}

const MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/

function pickMonth(sp: URLSearchParams, key: string): string | null {
  const v = sp.get(key)
  return v !== null && MONTH.test(v) ? v : null
}

export function parseTimelineParams(sp: URLSearchParams, vocab: TimelineVocabulary): TimelineView {
  let from = pickMonth(sp, 'from')
  let to = pickMonth(sp, 'to')
  if (from && to && from > to) [from, to] = [to, from]
  return {
    conflict: pickMany(sp, 'conflict', vocab.conflicts),
    type: expandTypes(
      pickMany(
        sp,
        'group',
        TYPE_GROUPS.map((g) => g.id),
      ),
      pickMany(sp, 'type', AGREEMENT_TYPES),
    ),
    resource: pickOne(sp, 'resource', vocab.resources, null),
    from,
    to,
    events: sp.get('events') !== '0',
    selected: pickOne(sp, 'item', vocab.items, null),
  }
}

export function toTimelineParams(v: TimelineView): URLSearchParams {
  const sp = new URLSearchParams()
  appendAll(sp, 'conflict', v.conflict)
  const types = collapseTypes(v.type)
  appendAll(sp, 'group', types.groups)
  appendAll(sp, 'type', types.types)
  if (v.resource) sp.set('resource', v.resource)
  if (v.from) sp.set('from', v.from)
  if (v.to) sp.set('to', v.to)
  if (!v.events) sp.set('events', '0')
  if (v.selected) sp.set('item', v.selected)
  return sp
}

/** Last day of a `YYYY-MM` month. */
export function endOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  const d = new Date(Date.UTC(y ?? 2000, m ?? 1, 0))
  return d.toISOString().slice(0, 10)
}
