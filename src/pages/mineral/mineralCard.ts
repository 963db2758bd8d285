/**
 * A mineral's social card: its world map of shares at the social size, with the
 * frame's title, subtitle, legend and USGS credit; the conflicts' parties outlined. Pure.
 */
import { creditLinesOf } from '../../components/frame/creditLines'
import { SHARE_CLASS_LABELS } from '../../map/mapModel'
import { worldChart } from '../../og/cardCharts'
import type { SocialCard } from '../../og/socialImage'
import type { BuildContext } from '../routeTypes'
import { mineralMapText } from './mineralMapText'
import { mineralModel } from './mineralModel'

/** The card of a mineral page: its reserves, or its production when the USGS gives no reserves. */
export function mineralCard({ ix }: BuildContext, mineralId: string): SocialCard | null {
  const measure = mineralModel(ix, mineralId, 'reserves')?.hasReserves === false ? 'production' : 'reserves'
  const m = mineralModel(ix, mineralId, measure)
  if (!m) return null
  const text = mineralMapText(m.resource, m.table, measure)
  const outline = 'var(--text)'
  return {
    title: text.title,
    subtitle: text.subtitle,
    legend: [
      ...SHARE_CLASS_LABELS.map((label, i) => ({ label, fill: `var(--seq-${i})` })),
      { label: 'not listed by USGS', fill: 'var(--land-nodata)' },
      { label: 'conflict party', fill: 'none', stroke: outline },
    ],
    footer: creditLinesOf(text.sources, ix.data.meta.license, `/minerals/${mineralId}`),
    chart: worldChart((iso) => {
      const look = iso ? m.looks.get(iso) : undefined
      return look && { fill: look.fill, outline: look.highlighted ? outline : undefined }
    }, 'var(--land-nodata)'),
  }
}
