import type { Site } from '../data/schema'
import { siteSymbol } from './siteSymbols'
import './siteSymbols.css'

const KIND_LABEL: Record<Site['kind'], string> = {
  mine: 'mine or deposit',
  deposit: 'mine or deposit',
  venue: 'summit venue',
  facility: 'facility, dam or port',
  dam: 'facility, dam or port',
  port: 'facility, dam or port',
  city: 'town',
  corridor: 'corridor (schematic)',
}

/** The key to a locator map: the parties' shading and the kinds of site it shows. */
export function LocatorLegend({
  partyFill,
  partyLabel,
  sites,
}: {
  partyFill: string
  partyLabel: string
  sites: readonly Site[]
}) {
  const kinds = [...new Map(sites.map((s) => [KIND_LABEL[s.kind], s.kind])).entries()]
  return (
    <ul className="map-legend__scale" aria-label="Legend">
      <li>
        <span className="swatch" style={{ background: partyFill }} aria-hidden="true" />
        {partyLabel}
      </li>
      {kinds.map(([label, kind]) => (
        <li key={label}>
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            {kind === 'corridor' ? (
              <path d="M-6,0H6" className="site site--line" />
            ) : (
              <path d={siteSymbol(kind)} className={`site site--${kind}`} />
            )}
          </svg>
          {label}
        </li>
      ))}
    </ul>
  )
}
