import type { Conflict } from '../data/schema'
import type { CountryShare, DatasetIndex, Measure } from '../data/selectors'
import { formatNumber, formatShare } from '../lib/format'
import { countryName } from '../data/countryName'
import { tooltipLines } from './mapPreview'
import '../components/tooltip.css'

export interface TooltipState {
  x: number
  y: number
  width: number
  content: { kind: 'country' | 'marker' | 'site'; id: string }
}

/** The map's tooltip: what a country, marker or site is, in a few lines (the preview card holds the rest). */
export function MapTooltip({
  ix,
  shown,
  state,
  shares,
  mineralName,
  measure,
  date,
}: {
  ix: DatasetIndex
  date: string | null
  shown: readonly Conflict[]
  state: TooltipState
  shares: ReadonlyMap<string, CountryShare> | null
  mineralName: string | null
  measure: Measure
}) {
  const { kind, id } = state.content
  let title: string
  let lines: string[]
  let hint: string | null = null
  if (kind === 'site') {
    const site = ix.sites.get(id)
    if (!site) return null
    title = site.name
    lines = [site.description]
    if (site.verification !== 'verified')
      lines.push(`Coordinates: ${site.verification === 'secondary' ? 'secondary source' : 'unverified'}`)
  } else {
    const target = { kind, id }
    title = kind === 'marker' ? (ix.conflicts.get(id)?.name ?? id) : countryName(id)
    lines = tooltipLines(ix, target, shown, 3, date)
    if (kind === 'country' && mineralName) {
      const share = shares?.get(id)
      lines.push(
        `${mineralName} ${measure}: ${
          share && share.value !== null
            ? `${formatNumber(share.value, 0)} (${formatShare(share.share)} of world)`
            : 'not listed by USGS'
        }`,
      )
    }
    if (lines.length > 0 && (kind === 'marker' || lines.length > (mineralName ? 1 : 0)))
      hint = 'Click, tap or press Enter for more'
  }
  const left = Math.min(Math.max(state.x + 14, 8), Math.max(8, state.width - 260))
  return (
    <div className="tooltip" role="tooltip" style={{ left, top: state.y + 14 }}>
      <strong>{title}</strong>
      {lines.map((l) => (
        <span key={l}>{l}</span>
      ))}
      {hint && <span className="tooltip__hint">{hint}</span>}
    </div>
  )
}
