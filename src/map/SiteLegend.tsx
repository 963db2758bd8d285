import { siteSymbol } from './siteSymbols'

const SYMBOLS = [
  ['mine', 'mine or deposit'],
  ['venue', 'summit venue'],
  ['facility', 'facility, dam or port'],
  ['city', 'town'],
] as const

/** The key of the sites layer: the symbols of mines, venues, facilities and towns, and the corridors. */
export function SiteLegend() {
  return (
    <ul className="map-legend__scale map-legend__sites">
      {SYMBOLS.map(([kind, label]) => (
        <li key={kind}>
          <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true">
            <path d={siteSymbol(kind)} className={`site site--${kind}`} />
          </svg>
          {label}
        </li>
      ))}
      <li>
        <svg width="18" height="10" viewBox="0 0 18 10" aria-hidden="true">
          <path d="M1,5H17" className="site site--line" />
        </svg>
        corridor (schematic)
      </li>
    </ul>
  )
}
