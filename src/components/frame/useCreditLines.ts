/** A frame's credit: its sources, the licence of the atlas's data and the address of the page. */
import { useLocation } from 'react-router'
import { useRootData } from '../../lib/hooks/atlasContext'
import { pageOfEmbed } from '../../lib/embedPaths'
import { canonicalUrl } from '../../lib/site'

/** The credit lines every frame carries, on screen and in its downloads. */
export function creditLines(sources: readonly string[], licence: string, address: string): string[] {
  return [`Source: ${sources.join('; ')}.`, `${licence} Mineral Peace Atlas · ${address}`]
}

/** The frame's credit lines for the current page. */
export function useCreditLines(sources: readonly string[]): string[] {
  const { pathname } = useLocation()
  const { meta } = useRootData()
  const licence = meta.license.replace(/\s*Quotations.*$/, '')
  return creditLines(sources, licence, canonicalUrl(pageOfEmbed(pathname)).replace(/^https?:\/\//, ''))
}
