import { useMemo, useState } from 'react'
import type { Conflict } from '../../data/schema'
import { changesPassed, changeTicks, monthBefore, passageSentence, statusChanges } from '../../map/dateMarks'
import { clampDate, dateRange, monthSteps } from '../../map/mapDate'
import type { MapView } from '../../map/mapParams'

/**
 * The map's date: the data's range, the slider's steps and the ticks of its status
 * changes, the view at the URL's date, clamped to the range, and the changes the date
 * passed on its last move. A date opened any other way looks back a month; the
 * latest, until the reader moves the date, marks nothing.
 */
export function useMapDate(
  conflicts: readonly Conflict[],
  view: MapView,
  setView: (next: MapView, opts: { replace: boolean }) => void,
) {
  const range = useMemo(() => dateRange(conflicts), [conflicts])
  const steps = useMemo(() => monthSteps(range), [range])
  const changes = useMemo(() => statusChanges(conflicts), [conflicts])
  const ticks = useMemo(() => changeTicks(changes, steps, range.latest), [changes, steps, range.latest])
  const { date, clamped } = clampDate(view.date, range)
  const viewAt = useMemo(() => (date === view.date ? view : { ...view, date }), [view, date])
  // The last move of the date control, from which day to which. Any other change of the date (a link, Back,
  // the hydration of a shared link) is read as opening that date: it looks back a month.
  const [move, setMove] = useState<{ from: string | null; to: string | null } | null>(null)
  const from = move && move.to === date ? move.from : date === null ? undefined : monthBefore(date)
  const passage = useMemo(
    () => (from === undefined ? null : changesPassed(changes, from, date, range.latest)),
    [changes, from, date, range.latest],
  )
  const onChange = (next: string | null) => {
    setMove({ from: date, to: next })
    setView({ ...view, date: next }, { replace: true })
  }
  const { start, latest } = range
  const control = { steps, start, latest, clamped, ticks, passed: passageSentence(passage), onChange }
  return { control, viewAt, passage }
}
