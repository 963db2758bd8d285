import { useMemo } from 'react'
import type { Conflict } from '../../data/schema'
import { clampDate, dateRange, monthSteps } from '../../map/mapDate'
import type { MapView } from '../../map/mapParams'

/** The map's date: the data's range, the slider's steps, and the view at the URL's date, clamped to the range. */
export function useMapDate(conflicts: readonly Conflict[], view: MapView) {
  const range = useMemo(() => dateRange(conflicts), [conflicts])
  const steps = useMemo(() => monthSteps(range), [range])
  const { date, clamped } = clampDate(view.date, range)
  const viewAt = useMemo(() => (date === view.date ? view : { ...view, date }), [view, date])
  return { range, steps, clamped, viewAt }
}
