import { ConflictStatusBadge } from '../components/Badges'
import type { CountryShare, DatasetIndex, Measure } from '../data/selectors'
import { conflictsOfCountry, currentStatus, latestAgreement, resourcesOfConflict } from '../data/selectors'
import { formatDate, formatNumber, formatShare } from '../lib/format'
import { countryName } from '../data/countryName'
import '../components/tooltip.css'

export interface TooltipState {
  x: number
  y: number
  width: number
  content: { kind: 'country' | 'marker' | 'site'; id: string }
}

/** The map's tooltip: what a country, marker or site is, in a few lines. */
export function MapTooltip({
  ix,
  state,
  shares,
  mineralName,
  measure,
}: {
  ix: DatasetIndex
  state: TooltipState
  shares: ReadonlyMap<string, CountryShare> | null
  mineralName: string | null
  measure: Measure
}) {
  const { kind, id } = state.content
  let body: React.ReactNode = null
  if (kind === 'marker') {
    const c = ix.conflicts.get(id)
    if (!c) return null
    const s = currentStatus(c)
    const last = latestAgreement(ix, id)
    body = (
      <>
        <strong>{c.name}</strong>
        <ConflictStatusBadge status={s.status} asOf={s.date} />
        {last && (
          <span>
            Latest deal: {last.commonName ?? last.title} ({formatDate(last.date, last.datePrecision, true)})
          </span>
        )}
        <span>
          At stake:{' '}
          {resourcesOfConflict(ix, id)
            .map((r) => r.name)
            .join(', ') || '—'}
        </span>
        <span className="tooltip__hint">Click or press Enter to open</span>
      </>
    )
  } else if (kind === 'country') {
    if (!id) return null
    const roles = conflictsOfCountry(ix, id)
    const share = shares?.get(id)
    body = (
      <>
        <strong>{countryName(id)}</strong>
        {roles.map((r) => (
          <span key={r.conflict.id}>
            {r.conflict.name}: {r.role}
          </span>
        ))}
        {roles.length > 0 && (
          <span>
            At stake:{' '}
            {[
              ...new Set(
                roles.flatMap((r) =>
                  ix.data.stakes
                    .filter((s) => s.conflict === r.conflict.id && (!s.actor || ix.actors.get(s.actor)?.iso3 === id))
                    .map((s) => ix.resources.get(s.resource)?.name ?? s.resource),
                ),
              ),
            ].join(', ') || '—'}
          </span>
        )}
        {roles.map((r) => {
          const last = latestAgreement(ix, r.conflict.id, r.actor.id)
          return last ? <span key={`d-${r.conflict.id}`}>Latest deal: {last.commonName ?? last.title}</span> : null
        })}
        {mineralName && (
          <span>
            {mineralName} {measure}:{' '}
            {share && share.value !== null
              ? `${formatNumber(share.value, 0)} (${formatShare(share.share)} of world)`
              : 'not listed by USGS'}
          </span>
        )}
        {roles.length > 0 && <span className="tooltip__hint">Click or press Enter to open its conflict</span>}
      </>
    )
  } else {
    const site = ix.sites.get(id)
    if (!site) return null
    body = (
      <>
        <strong>{site.name}</strong>
        <span>{site.description}</span>
        {site.verification !== 'verified' && (
          <span className="muted">
            Coordinates: {site.verification === 'secondary' ? 'secondary source' : 'unverified'}
          </span>
        )}
      </>
    )
  }
  const left = Math.min(Math.max(state.x + 14, 8), Math.max(8, state.width - 260))
  return (
    <div className="tooltip" role="tooltip" style={{ left, top: state.y + 14 }}>
      {body}
    </div>
  )
}
