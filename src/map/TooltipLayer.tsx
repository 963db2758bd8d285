import { forwardRef, useImperativeHandle, useState } from 'react'
import type { Conflict } from '../data/schema'
import type { CountryShare, DatasetIndex, Measure } from '../data/selectors'
import { MapTooltip, type TooltipState } from './MapTooltip'

export interface TooltipHandle {
  show: (state: TooltipState | null) => void
}

/**
 * Holds the tooltip's state on its own, so a pointer moving over the map
 * re-renders the tooltip alone, not the page, its controls or the map.
 */
export const TooltipLayer = forwardRef<
  TooltipHandle,
  {
    ix: DatasetIndex
    date: string | null
    shown: readonly Conflict[]
    shares: ReadonlyMap<string, CountryShare> | null
    mineralName: string | null
    measure: Measure
  }
>(function TooltipLayer(props, ref) {
  const [state, setState] = useState<TooltipState | null>(null)
  useImperativeHandle(ref, () => ({ show: setState }), [])
  return state ? <MapTooltip {...props} state={state} /> : null
})
