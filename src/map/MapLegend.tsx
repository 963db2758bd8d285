import { memo } from 'react'
import { CONFLICT_STATUS_ORDER } from '../data/selectors'
import { CONFLICT_STATUS_LABEL } from '../lib/labels'
import { formatDate } from '../lib/format'
import { statusToken } from '../components/Badges'
import { SHARE_CLASS_LABELS } from './mapModel'
import { SiteLegend } from './SiteLegend'
import './siteSymbols.css'
import './MapLegend.css'

/**
 * The world map's key, in one piece so it can sit in any frame: every status the
 * filters offer, the stripes of a mediator (the United States mediates eight of the
 * conflicts and is a party to one), the markers; or a mineral layer's classes.
 */
export const MapLegend = memo(function MapLegend({
  mineralName,
  measureLabel,
  showSites,
  markers = true,
  date = null,
}: {
  mineralName: string | null
  measureLabel: string
  showSites: boolean
  /** Whether the map draws the conflicts' markers. */
  markers?: boolean
  /** The day the parties are shaded for; null for the latest. */
  date?: string | null
}) {
  return (
    <div className="map-legend" aria-label="Map legend" role="group">
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
            {markers && <MarkerKey />}
          </ul>
        </>
      ) : (
        <>
          <p className="map-legend__title">
            Parties shaded by their conflict&rsquo;s {date ? `status on ${formatDate(date)}` : 'latest status'} (the
            most severe, if several)
          </p>
          <ul className="map-legend__scale">
            {CONFLICT_STATUS_ORDER.map((s) => (
              <li key={s}>
                <span className="swatch" style={{ background: `var(--status-${statusToken(s)})` }} aria-hidden="true" />
                {CONFLICT_STATUS_LABEL[s]}
              </li>
            ))}
            <li>
              <span className="swatch swatch--mediator" aria-hidden="true" />
              Mediator (striped; over its own status where also a party)
            </li>
            {markers && <MarkerKey />}
          </ul>
        </>
      )}
      {showSites && <SiteLegend />}
    </div>
  )
})

/** The key of the conflict markers, drawn on both layers. */
function MarkerKey() {
  return (
    <li>
      <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true" className="map-legend__marker">
        <circle r={6} className="marker__halo" />
        <circle r={3.5} fill="var(--text)" />
      </svg>
      Conflict (marker in its status colour)
    </li>
  )
}
