import type { ConflictStatus } from '../data/schema'
import { CONFLICT_STATUS_ORDER } from '../data/selectors'
import { CONFLICT_STATUS_LABEL } from '../lib/labels'
import { statusToken } from '../components/Badges'
import { SHARE_CLASS_LABELS } from './mapModel'
import { siteSymbol } from './siteSymbols'
import './siteSymbols.css'
import './MapLegend.css'

export function MapLegend({
  mineralName,
  measureLabel,
  statuses,
  showSites,
}: {
  mineralName: string | null
  measureLabel: string
  statuses: readonly ConflictStatus[]
  showSites: boolean
}) {
  return (
    <div className="map-legend" aria-label="Legend">
      {mineralName ? (
        <>
          <p className="map-legend__title">
            Share of world {measureLabel}, {mineralName} (USGS MCS 2026)
          </p>
          <ul className="map-legend__scale">
            {SHARE_CLASS_LABELS.map((label, i) => (
              <li key={label}>
                <span className="swatch" style={{ background: `var(--seq-${i})` }} aria-hidden="true" />
                {label}
              </li>
            ))}
            <li>
              <span className="swatch swatch--nodata" aria-hidden="true" />
              not listed by USGS
            </li>
            <li>
              <span className="swatch swatch--party" aria-hidden="true" />
              conflict party
            </li>
          </ul>
        </>
      ) : (
        <>
          <p className="map-legend__title">Parties shaded by the conflict&rsquo;s latest status</p>
          <ul className="map-legend__scale">
            {CONFLICT_STATUS_ORDER.filter((s) => statuses.includes(s)).map((s) => (
              <li key={s}>
                <span className="swatch" style={{ background: `var(--status-${statusToken(s)})` }} aria-hidden="true" />
                {CONFLICT_STATUS_LABEL[s]}
              </li>
            ))}
          </ul>
        </>
      )}
      {showSites && (
        <ul className="map-legend__scale map-legend__sites">
          <li>
            <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true">
              <path d={siteSymbol('mine')} className="site site--mine" />
            </svg>
            mine or deposit
          </li>
          <li>
            <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true">
              <path d={siteSymbol('venue')} className="site site--venue" />
            </svg>
            summit venue
          </li>
          <li>
            <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true">
              <path d={siteSymbol('facility')} className="site site--facility" />
            </svg>
            facility, dam or port
          </li>
          <li>
            <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true">
              <path d={siteSymbol('city')} className="site site--city" />
            </svg>
            town
          </li>
          <li>
            <svg width="18" height="10" viewBox="0 0 18 10" aria-hidden="true">
              <path d="M1,5H17" className="site site--line" />
            </svg>
            corridor (schematic)
          </li>
        </ul>
      )}
    </div>
  )
}
