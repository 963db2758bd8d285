/** A frame's credit lines for the page it is on. */
import { useLocation } from 'react-router'
import { useRootData } from '../../lib/hooks/atlasContext'
import { pageOfEmbed } from '../../lib/embedPaths'
import { creditLinesOf } from './creditLines'

export { creditLines } from './creditLines'

/** The frame's credit lines for the current page. */
export function useCreditLines(sources: readonly string[]): string[] {
  const { pathname } = useLocation()
  const { meta } = useRootData()
  return creditLinesOf(sources, meta.license, pageOfEmbed(pathname))
}
