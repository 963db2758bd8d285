/** What a mineral's world-map frame says, on its page, in its downloads and on its social card. Pure. */
import type { UsgsTable } from '../../data/schema'

export function mineralMapText(
  resource: { id: string; name: string },
  table: UsgsTable,
  measure: 'reserves' | 'production',
) {
  const name = resource.name.toLowerCase()
  const what = measure === 'reserves' ? 'reserves' : `production in ${table.years.latest}`
  return {
    title: `${resource.name} ${measure}: each country's share of the world total`,
    subtitle: `Share of the world's ${name} ${what} as the USGS gives it (Mineral Commodity Summaries 2026, February 2026); the parties to the conflicts the atlas follows outlined.`,
    sources: [
      `U.S. Geological Survey, Mineral Commodity Summaries 2026: ${table.name}, table “${table.table}” (public domain)`,
      'borders from Natural Earth via world-atlas',
    ],
  }
}
