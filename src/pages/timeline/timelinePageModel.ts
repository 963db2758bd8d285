/** What the timeline page offers: its items, the filter choices, the months and the span presets, from the data. Pure. */
import type { Agreement } from '../../data/schema'
import type { DatasetIndex } from '../../data/selectors'
import { monthsBetween } from '../../timeline/timelineModel'
import type { TimelineVocabulary } from '../../timeline/timelineParams'
import { byText } from '../../lib/textOrder'

export interface SpanPreset {
  label: string
  from: string | null
  to: string | null
}

/** Every month from January of the earliest item's year to `end`'s month, as `YYYY-MM`. */
export function monthsOf(items: readonly Pick<Agreement, 'date'>[], end: string): string[] {
  const first = items.reduce((m, a) => (a.date < m ? a.date : m), end).slice(0, 4)
  return monthsBetween(`${first}-01-01`, end)
}

/**
 * Span presets: the default (from the coverage year on), everything, and each half
 * year from the coverage year to the data's end.
 */
export function spanPresets(months: readonly string[], coverageStart: string, end: string): SpanPreset[] {
  const from = Number(coverageStart.slice(0, 4))
  const out: SpanPreset[] = [{ label: `${from} onward`, from: null, to: null }]
  if (months[0] && months[0] < coverageStart.slice(0, 7))
    out.push({ label: `All, from ${months[0].slice(0, 4)}`, from: months[0], to: null })
  for (let y = from; y <= Number(end.slice(0, 4)); y++) {
    out.push({ label: `First half ${y}`, from: `${y}-01`, to: `${y}-06` })
    if (`${y}-07` <= end.slice(0, 7)) out.push({ label: `Second half ${y}`, from: `${y}-07`, to: `${y}-12` })
  }
  return out
}

export function timelinePageModel(ix: DatasetIndex, coverageStart: string, end: string) {
  const all = ix.data.agreements
  const resources = ix.data.resources
    .filter(
      (r) =>
        ix.data.stakes.some((s) => s.resource === r.id && s.agreements.length > 0) ||
        all.some((a) => a.resources?.includes(r.id)),
    )
    .sort((a, b) => byText(a.name, b.name))
  const vocab: TimelineVocabulary = {
    conflicts: [
      ...ix.data.conflicts.map((c) => c.id),
      ...(all.some((a) => a.track === 'minerals-diplomacy') ? ['minerals-diplomacy'] : []),
    ],
    resources: resources.map((r) => r.id),
    items: all.map((a) => a.id),
  }
  const months = monthsOf(all, end)
  return { all, resources, vocab, months, presets: spanPresets(months, coverageStart, end) }
}
