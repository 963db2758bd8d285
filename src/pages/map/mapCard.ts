/**
 * The social card of the home map and of each mineral layer: the world map's
 * frame at the social size, with the same title, subtitle, legend and credit as
 * its download. The home card shades the parties by their conflict's latest
 * status; a layer's shades each country by its share and outlines the parties. Pure.
 */
import { creditLinesOf } from '../../components/frame/creditLines'
import { latestEventDate } from '../../data/freshness'
import type { Measure } from '../../data/selectors'
import { CONFLICT_STATUS_ORDER } from '../../data/selectors'
import { CONFLICT_STATUS_LABEL, CONFLICT_STATUS_VAR } from '../../lib/labels'
import { conflictDeals } from '../../map/conflictDeals'
import { layerPath } from '../../map/mapLocation'
import { mapCaption, mineralLayer, partyStatusByCountry, SHARE_CLASS_LABELS, shareClass } from '../../map/mapModel'
import { DEFAULT_MAP_VIEW } from '../../map/mapParams'
import { worldChart, type CountryPaint } from '../../og/cardCharts'
import type { CardKey, SocialCard } from '../../og/socialImage'
import type { BuildContext } from '../routeTypes'
import { mapFrameText } from './mapFrame'

export function mapCard({ ix }: BuildContext, mineral: string | null, measure: Measure): SocialCard {
  const view = { ...DEFAULT_MAP_VIEW, mineral, measure }
  const conflicts = ix.data.conflicts
  const status = partyStatusByCountry(ix, conflicts)
  const mineralName = mineral ? (ix.resources.get(mineral)?.name ?? null) : null
  const text = mapFrameText({ mineralName, caption: mapCaption(ix, view, conflicts, conflictDeals(ix)) }, view, {
    latestEvent: latestEventDate(conflicts, ix.data.agreements) ?? ix.data.meta.sourcesCheckedThrough,
    checkedThrough: ix.data.meta.sourcesCheckedThrough,
  })
  const shares = mineral ? mineralLayer(ix, mineral, measure) : null
  const outline = 'var(--text)'
  const paint = (iso: string | null): CountryPaint | undefined => {
    if (!iso) return undefined
    const s = status.get(iso)
    if (!shares) return s ? { fill: CONFLICT_STATUS_VAR[s] } : undefined
    const share = shares.get(iso)?.share
    const fill = share != null ? `var(--seq-${shareClass(share)})` : s ? 'var(--land-nodata)' : undefined
    return fill ? { fill, outline: s ? outline : undefined } : undefined
  }
  const shown = new Set(status.values())
  const legend: CardKey[] = shares
    ? [
        ...SHARE_CLASS_LABELS.map((label, i) => ({ label, fill: `var(--seq-${i})` })),
        { label: 'not listed by USGS', fill: 'var(--land-nodata)' },
        { label: 'conflict party', fill: 'none', stroke: outline },
      ]
    : CONFLICT_STATUS_ORDER.filter((s) => shown.has(s)).map((s) => ({
        label: CONFLICT_STATUS_LABEL[s],
        fill: CONFLICT_STATUS_VAR[s],
      }))
  return {
    title: text.title,
    subtitle: text.subtitle,
    legend,
    footer: creditLinesOf(text.sources, ix.data.meta.license, layerPath(mineral, measure)),
    chart: worldChart(paint, shares ? 'var(--land-nodata)' : 'var(--land)'),
  }
}
